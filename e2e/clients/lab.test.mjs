// The README's 10-minute lab script, run as written with Debian's AWS CLI
// (and curl) against the native server serving the built-in exercise
// jean-prefix, which the README's trainer step writes with
// `stsplay exercise jean-prefix > lab.json`. The only change to the text
// is the endpoint's address. The `# →` lines are checked as in
// walkthrough.test.mjs: each must appear in its command's output.
//
// Run: make e2e-clients   (or: cd e2e && node --test clients/)

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot, startNative } from '../lib/native-server.mjs';
import { runShell, shellCommands, walkthrough } from '../lib/walkthrough.mjs';

const tokenKey = 'lab-test-session-token-key-0123456789abcdef';
const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

describe('the README lab against the native server', () => {
  let server;
  let dir;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'stsplay-lab-'));
    // The trainer's step, as the README gives it.
    const ex = spawnSync('go', ['run', './engine/cmd/stsplay', 'exercise', 'jean-prefix'], { cwd: repoRoot, encoding: 'utf8', timeout: 300_000 });
    assert.equal(ex.status, 0, ex.stderr);
    writeFileSync(path.join(dir, 'lab.json'), ex.stdout);
    server = await startNative(tokenKey, ['-exercise', path.join(dir, 'lab.json')]);
  });
  after(async () => {
    if (server) assert.equal(await server.stop(), 0, `the server stops cleanly:\n${server.stderr()}`);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the lab script, command by command', () => {
    assert.match(readme, /stsplay exercise jean-prefix > lab\.json/);
    assert.match(readme, /stsplay-server -addr 0\.0\.0\.0 -exercise lab\.json/);
    const blocks = walkthrough(readme, 'lab');
    assert.ok(blocks.every((b) => b.lang === 'sh'), 'shell blocks');
    const commands = blocks.flatMap((b) => shellCommands(b.text));
    const checks = commands.filter((c) => c.command.includes('/v1/exercise/check'));
    assert.equal(checks.length, 2, 'a wrong answer, then the solution');
    assert.ok(checks[0].expect.includes('Not solved yet.'));
    assert.ok(checks[1].expect.includes('Solved.'));
    const outputs = runShell(commands, server.url, dir);
    assert.ok(!outputs.join('\n').includes('implicitDeny'), 'no hidden expectation is printed');
  });
});
