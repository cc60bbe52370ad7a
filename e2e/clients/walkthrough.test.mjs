// The README's workshop walkthrough, run as written: its shell commands
// with the AWS CLI (Debian's awscli) and its Python block with boto3
// (Debian's python3-boto3), against the native server. The only change to
// the text is the endpoint's address: the README's http://127.0.0.1:9900
// becomes the free port the server was started on.
//
// The walkthrough is every code block between <!-- walkthrough: NAME -->
// and <!-- /walkthrough --> in README.md. A line `# → text` after a
// command says what it prints: for the shell, text must appear in that
// command's output (stdout and stderr), and a command whose text starts
// with "An error occurred" must fail while every other one succeeds; for
// Python, the lines printed must be exactly the `# →` lines, in order.
//
// Run: make e2e-clients   (or: cd e2e && node --test clients/)

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot, startNative } from '../lib/native-server.mjs';

const readmeAddress = 'http://127.0.0.1:9900';
const tokenKey = 'walkthrough-test-session-token-key-0123456789';

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
function findAWSCLI() {
  const candidates = ['/usr/bin/aws', ...(process.env.PATH || '').split(':')
    .filter((d) => d && !d.includes('.pyenv')).map((d) => path.join(d, 'aws'))];
  const found = candidates.find((p) => existsSync(p));
  assert.ok(found, 'the AWS CLI is installed (Debian: apt-get install awscli)');
  return found;
}

/** An environment with no AWS settings of the machine (no profile, no config file, no pager). */
function cleanEnv(home) {
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

const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

describe('the README walkthrough against the native server', () => {
  let server;
  let dir;
  before(async () => {
    server = await startNative(tokenKey);
    dir = mkdtempSync(path.join(tmpdir(), 'stsplay-walkthrough-'));
  });
  after(async () => {
    if (server) assert.equal(await server.stop(), 0, `the server stops cleanly:\n${server.stderr()}`);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('with the AWS CLI, command by command', () => {
    const blocks = walkthrough(readme, 'aws-cli');
    assert.ok(blocks.every((b) => b.lang === 'sh'), 'shell blocks');
    const commands = blocks.flatMap((b) => shellCommands(b.text));
    const calls = commands.filter((c) => /^aws /m.test(c.command) || c.command.includes('$(aws '));
    assert.ok(calls.length >= 5, 'get-federation-token, two validation errors, get-caller-identity, the nested call');
    // `aws` in the commands is Debian's CLI, put first on PATH.
    const bin = path.join(dir, 'bin');
    mkdirSync(bin);
    symlinkSync(findAWSCLI(), path.join(bin, 'aws'));
    const env = cleanEnv(dir);
    env.PATH = `${bin}:${env.PATH}`;
    // One bash runs every command in order (so that exports carry over),
    // marking where each one's output ends and how it exited.
    const script = commands.map((c, i) => [
      `{ ${c.command.replaceAll(readmeAddress, server.url)}\n} 2>&1`,
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
    // The credentials of the walkthrough's second part are Jean's.
    assert.match(outputs.join('\n'), /"AccessKeyId": "ASIA[A-Z2-7]{16}"/);
  });

  test('with boto3, the Python block as written', () => {
    const blocks = walkthrough(readme, 'boto3');
    assert.equal(blocks.length, 1);
    assert.equal(blocks[0].lang, 'python');
    const code = blocks[0].text;
    const expected = [...code.matchAll(/^# → (.*)$/gm)].map((m) => m[1]);
    assert.ok(expected.length >= 5, 'the block states what it prints');
    const run = spawnSync('/usr/bin/python3', ['-c', code.replaceAll(readmeAddress, server.url)], {
      cwd: dir, env: cleanEnv(dir), encoding: 'utf8', timeout: 120_000,
    });
    assert.equal(run.status, 0, `python3 ran the block (Debian: apt-get install python3-boto3):\n${run.stderr}`);
    assert.deepEqual(run.stdout.trimEnd().split('\n'), expected);
  });
});
