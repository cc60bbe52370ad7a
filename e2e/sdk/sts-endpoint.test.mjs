// The STS endpoint with the AWS SDK for JavaScript v3 (@aws-sdk/client-sts),
// configured the way any application would be (region, endpoint, static
// credentials) and nothing else: no custom signer, parser or middleware.
//
// Targets:
//   - the native server (engine/cmd/stsplay-server): the binary named by
//     STSPLAY_SERVER_BIN (make e2e-sdk builds it), else `go run`;
//   - the Cloudflare Workers bundle (wasm/worker/build) run under Node, when
//     it has been built (make worker-build); skipped otherwise.
// Both listen on a random port of 127.0.0.1; nothing else is contacted.
//
// Run: make e2e-sdk   (or: cd e2e && node --test sdk/)

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  GetCallerIdentityCommand,
  GetFederationTokenCommand,
  MalformedPolicyDocumentException,
  STSClient,
} from '@aws-sdk/client-sts';
import { startWorker, workerBuilt } from './worker-host.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const workerBuild = path.join(repoRoot, 'wasm', 'worker', 'build');
const tokenKey = 'node-sdk-test-token-key-at-least-32-bytes';

// AWS's documentation example key, which the default configuration gives
// the seed's IAM user token-app.
const exampleKey = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
// Jean's session policy from "GetFederationToken—Federation Through a
// Custom Identity Broker".
const jeanPolicy = '{"Statement":[{"Sid":"Stmt1","Effect":"Allow","Action":"s3:*","Resource":"*"}]}';
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Starts the native server and resolves once it prints its address. */
function startNative() {
  const bin = process.env.STSPLAY_SERVER_BIN;
  const [cmd, args] = bin
    ? [path.resolve(bin), ['-port', '0']]
    : ['go', ['run', './engine/cmd/stsplay-server', '-port', '0']];
  const env = { ...process.env, STSPLAY_TOKEN_KEY: tokenKey };
  delete env.PORT;
  delete env.STSPLAY_CONFIG;
  delete env.STSPLAY_CONFIG_FILE;
  const child = spawn(cmd, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const ready = new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start in 180 s:\n${stderr}`)), 180_000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`the server exited (${code}):\n${stderr}`)); });
  });
  return ready.then((url) => ({
    url,
    async stop() {
      child.kill('SIGTERM');
      assert.equal(await exited, 0, `the server stops cleanly on SIGTERM:\n${stderr}`);
    },
  }));
}

function client(url, credentials) {
  return new STSClient({ region: 'us-east-1', endpoint: url, credentials, maxAttempts: 1 });
}

/** The SDK scenario every target must pass. */
function sdkSuite(name, start) {
  describe(name, () => {
    let target;
    let session; // the credentials GetFederationToken returned
    before(async () => { target = await start(); });
    after(async () => { await target?.stop(); });

    test('GetFederationToken returns Jean\'s credentials, every field parsed', async () => {
      const started = Date.now();
      const out = await client(target.url, exampleKey).send(new GetFederationTokenCommand({
        Name: 'Jean', Policy: jeanPolicy, DurationSeconds: 3600,
      }));
      assert.equal(out.$metadata.httpStatusCode, 200);
      assert.match(out.$metadata.requestId, uuid);
      const c = out.Credentials;
      assert.match(c.AccessKeyId, /^ASIA[A-Z2-7]{16}$/);
      assert.equal(c.SecretAccessKey.length, 40);
      assert.ok(c.SessionToken.length > 100, 'a session token');
      assert.ok(c.Expiration instanceof Date, 'Expiration parsed as a Date');
      const lifetime = c.Expiration.getTime() - started;
      assert.ok(lifetime > 3590_000 && lifetime <= 3600_000 + 5_000, `expires in one hour (${lifetime} ms)`);
      assert.equal(out.FederatedUser.Arn, 'arn:aws:sts::123456789012:federated-user/Jean');
      assert.equal(out.FederatedUser.FederatedUserId, '123456789012:Jean');
      assert.equal(out.PackedPolicySize, 6, "the packing model's 6 for Jean's policy, as in AWS's example");
      session = { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken };
    });

    test('GetCallerIdentity with the temporary credentials names the federated user', async () => {
      assert.ok(session, 'GetFederationToken ran first');
      const who = await client(target.url, session).send(new GetCallerIdentityCommand({}));
      assert.equal(who.Arn, 'arn:aws:sts::123456789012:federated-user/Jean');
      assert.equal(who.UserId, '123456789012:Jean');
      assert.equal(who.Account, '123456789012');
    });

    test('GetFederationToken with the temporary credentials is AccessDenied', async () => {
      await assert.rejects(
        client(target.url, session).send(new GetFederationTokenCommand({ Name: 'Bob' })),
        (err) => {
          assert.equal(err.name, 'AccessDenied');
          assert.equal(err.message, 'Cannot call GetFederationToken with session credentials');
          assert.equal(err.$metadata.httpStatusCode, 403);
          return true;
        },
      );
    });

    test('a wrong secret is SignatureDoesNotMatch', async () => {
      await assert.rejects(
        client(target.url, { ...exampleKey, secretAccessKey: 'not-the-secret' }).send(new GetCallerIdentityCommand({})),
        (err) => {
          assert.equal(err.name, 'SignatureDoesNotMatch');
          assert.match(err.message, /^The request signature we calculated does not match the signature you provided/);
          assert.equal(err.$metadata.httpStatusCode, 403);
          assert.match(err.$metadata.requestId, uuid);
          return true;
        },
      );
    });

    test('a malformed session policy is the typed MalformedPolicyDocumentException', async () => {
      await assert.rejects(
        client(target.url, exampleKey).send(new GetFederationTokenCommand({ Name: 'Jean', Policy: '{"Statement": [' })),
        (err) => {
          assert.ok(err instanceof MalformedPolicyDocumentException, `typed error, got ${err.name}`);
          assert.equal(err.$metadata.httpStatusCode, 400);
          return true;
        },
      );
    });

    test('a forged session token is InvalidClientTokenId', async () => {
      const forged = { ...session, sessionToken: session.sessionToken.slice(0, -8) + 'AAAAAAA=' };
      await assert.rejects(
        client(target.url, forged).send(new GetCallerIdentityCommand({})),
        (err) => {
          assert.equal(err.name, 'InvalidClientTokenId');
          assert.equal(err.$metadata.httpStatusCode, 403);
          return true;
        },
      );
    });
  });
}

sdkSuite('native server (engine/cmd/stsplay-server)', startNative);

describe('Cloudflare Workers bundle (wasm/worker/build) under Node', { skip: workerBuilt(workerBuild) ? false : 'run make worker-build first' }, () => {
  sdkSuite('worker bundle', () => startWorker(workerBuild, { STSPLAY_TOKEN_KEY: tokenKey }));

  describe('worker bundle without the STSPLAY_TOKEN_KEY secret', () => {
    let target;
    before(async () => { target = await startWorker(workerBuild, {}); });
    after(async () => { await target?.stop(); });

    test('GetFederationToken is ServiceUnavailable and names the secret', async () => {
      await assert.rejects(
        client(target.url, exampleKey).send(new GetFederationTokenCommand({ Name: 'Jean' })),
        (err) => {
          assert.equal(err.name, 'ServiceUnavailable');
          assert.match(err.message, /wrangler secret put STSPLAY_TOKEN_KEY/);
          assert.equal(err.$metadata.httpStatusCode, 503);
          return true;
        },
      );
    });

    test('GetCallerIdentity with the long-term key still works', async () => {
      const who = await client(target.url, exampleKey).send(new GetCallerIdentityCommand({}));
      assert.equal(who.Arn, 'arn:aws:iam::123456789012:user/token-app');
    });
  });

  describe('worker bundle with a bad configuration', () => {
    let target;
    before(async () => { target = await startWorker(workerBuild, { STSPLAY_TOKEN_KEY: tokenKey, STSPLAY_CONFIG: '{"users": [{}]}' }); });
    after(async () => { await target?.stop(); });

    test('every request answers the fault as JSON, with its line and column', async () => {
      const res = await fetch(target.url + '/');
      assert.equal(res.status, 500);
      const doc = await res.json();
      assert.equal(doc.error.code, 'InvalidConfiguration');
      assert.match(doc.error.message, /^config: users\[0\]\.name \(line 1, column 12\): an IAM user caller needs a name/);
    });
  });
});
