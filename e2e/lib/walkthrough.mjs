// The README's walkthroughs: the code blocks between <!-- walkthrough: NAME -->
// and <!-- /walkthrough -->, their shell commands with the `# →` lines that
// say what each prints, and a runner that executes them in one bash with
// Debian's AWS CLI first on PATH. clients/walkthrough.test.mjs and
// clients/lab.test.mjs use them.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';

export const readmeAddress = 'http://127.0.0.1:9900';

/** Returns the code blocks (with their language) of walkthrough name. */
export function walkthrough(readme, name) {
  const start = readme.indexOf(`<!-- walkthrough: ${name} -->`);
  assert.ok(start >= 0, `README.md has a walkthrough named ${name}`);
  const end = readme.indexOf('<!-- /walkthrough -->', start);
  assert.ok(end > start, `the walkthrough ${name} ends`);
  const blocks = [];
  for (const m of readme.slice(start, end).matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)) {
    blocks.push({ lang: m[1], text: m[2] });
  }
  return blocks;
}

/**
 * Splits shell text into commands (a line ending with a backslash goes on
 * with the next), each with the `# →` expectations that follow it.
 * Other comment lines are dropped, as the shell would.
 */
export function shellCommands(text) {
  const commands = [];
  let pending = '';
  for (const line of text.split('\n')) {
    const expect = /^# → (.*)$/.exec(line);
    if (expect) {
      assert.ok(commands.length, 'an expectation follows a command');
      commands.at(-1).expect.push(expect[1]);
      continue;
    }
    if (!pending && (line.trim() === '' || line.startsWith('#'))) continue;
    pending += (pending ? '\n' : '') + line;
    if (!line.endsWith('\\')) {
      commands.push({ command: pending, expect: [] });
      pending = '';
    }
  }
  assert.equal(pending, '', 'no command is left unfinished');
  return commands;
}

/**
 * Finds Debian's AWS CLI: /usr/bin/aws, else the first `aws` on PATH
 * that is not a pyenv shim (which may point at another installation).
 */
export function findAWSCLI() {
  const candidates = ['/usr/bin/aws', ...(process.env.PATH || '').split(':')
    .filter((d) => d && !d.includes('.pyenv')).map((d) => path.join(d, 'aws'))];
  const found = candidates.find((p) => existsSync(p));
  assert.ok(found, 'the AWS CLI is installed (Debian: apt-get install awscli)');
  return found;
}

/** An environment with no AWS settings of the machine (no profile, no config file, no pager). */
export function cleanEnv(home) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith('AWS_')) env[k] = v;
  }
  return {
    ...env,
    HOME: home,
    AWS_CONFIG_FILE: path.join(home, 'no-config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(home, 'no-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_PAGER: '',
  };
}

/**
 * Runs commands (from shellCommands) in order in one bash in dir, with the
 * README's address replaced by url and Debian's AWS CLI as `aws`, and
 * asserts that each succeeds or fails as its `# →` lines say and prints
 * them. Returns the outputs, one per command.
 */
export function runShell(commands, url, dir) {
  const bin = path.join(dir, 'bin');
  if (!existsSync(bin)) {
    mkdirSync(bin);
    symlinkSync(findAWSCLI(), path.join(bin, 'aws'));
  }
  const env = cleanEnv(dir);
  env.PATH = `${bin}:${env.PATH}`;
  // One bash runs every command in order (so that exports carry over),
  // marking where each one's output ends and how it exited.
  const script = commands.map((c, i) => [
    `{ ${c.command.replaceAll(readmeAddress, url)}\n} 2>&1`,
    `printf '\\n@@end %d %d@@\\n' ${i} $?`,
  ].join('\n')).join('\n');
  const run = spawnSync('bash', ['-c', script], { cwd: dir, env, encoding: 'utf8', timeout: 300_000 });
  assert.equal(run.status, 0, run.stderr);
  const outputs = run.stdout.split(/\n@@end \d+ \d+@@\n/);
  const codes = [...run.stdout.matchAll(/@@end (\d+) (\d+)@@/g)].map((m) => Number(m[2]));
  assert.equal(codes.length, commands.length, `every command ran:\n${run.stdout}`);
  commands.forEach((c, i) => {
    const failing = c.expect.some((e) => e.startsWith('An error occurred'));
    const shown = `$ ${c.command}\n${outputs[i]}`;
    if (failing) assert.notEqual(codes[i], 0, `fails:\n${shown}`);
    else assert.equal(codes[i], 0, `succeeds:\n${shown}`);
    for (const e of c.expect) assert.ok(outputs[i].includes(e), `prints ${JSON.stringify(e)}:\n${shown}`);
  });
  return outputs;
}
