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
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot, startNative } from '../lib/native-server.mjs';
import { cleanEnv, readmeAddress, runShell, shellCommands, walkthrough } from '../lib/walkthrough.mjs';

const tokenKey = 'walkthrough-test-session-token-key-0123456789';

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
    const outputs = runShell(commands, server.url, dir);
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
