// The Cloudflare Workers bundle under the real Workers runtime: `wrangler
// dev --local` (workerd) with wasm/worker/wrangler.toml, called with the
// AWS SDK for JavaScript v3 (@aws-sdk/client-sts) configured as any
// application would be, and with fetch for the JSON API. Nothing outside
// 127.0.0.1 is contacted (see e2e/lib/wrangler.mjs).
//
// Run: make e2e-workerd   (or, after make worker-build: cd e2e && node --test workerd/)

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  GetCallerIdentityCommand,
  GetFederationTokenCommand,
  STSClient,
} from '@aws-sdk/client-sts';
import { startWrangler } from '../lib/wrangler.mjs';

const tokenKey = 'workerd-test-session-token-key-0123456789abcdef';
const exampleKey = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
const jeanPolicy = '{"Statement":[{"Sid":"Stmt1","Effect":"Allow","Action":"s3:*","Resource":"*"}]}';

function client(url, credentials) {
  return new STSClient({ region: 'us-east-1', endpoint: url, credentials, maxAttempts: 1 });
}

describe('Workers bundle under workerd (wrangler dev --local)', () => {
  let worker;
  let session;
  before(async () => { worker = await startWrangler({ STSPLAY_TOKEN_KEY: tokenKey }); });
  after(async () => { await worker?.stop(); });

  test('GetFederationToken returns Jean\'s credentials', async () => {
    const out = await client(worker.url, exampleKey).send(new GetFederationTokenCommand({
      Name: 'Jean', Policy: jeanPolicy, DurationSeconds: 3600,
    }));
    assert.equal(out.$metadata.httpStatusCode, 200);
    assert.match(out.Credentials.AccessKeyId, /^ASIA[A-Z2-7]{16}$/);
    assert.ok(out.Credentials.Expiration instanceof Date);
    assert.equal(out.FederatedUser.Arn, 'arn:aws:sts::123456789012:federated-user/Jean');
    assert.equal(out.PackedPolicySize, 6);
    const c = out.Credentials;
    session = { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken };
  });

  test('GetCallerIdentity with the temporary credentials names the federated user', async () => {
    assert.ok(session, 'GetFederationToken ran first');
    const who = await client(worker.url, session).send(new GetCallerIdentityCommand({}));
    assert.equal(who.Arn, 'arn:aws:sts::123456789012:federated-user/Jean');
    assert.equal(who.UserId, '123456789012:Jean');
  });

  test('GetFederationToken with the temporary credentials is AccessDenied', async () => {
    await assert.rejects(client(worker.url, session).send(new GetFederationTokenCommand({ Name: 'Bob' })), (err) => {
      assert.equal(err.name, 'AccessDenied');
      assert.equal(err.message, 'Cannot call GetFederationToken with session credentials');
      assert.equal(err.$metadata.httpStatusCode, 403);
      return true;
    });
  });

  test('a name STS does not allow is a ValidationError', async () => {
    await assert.rejects(client(worker.url, exampleKey).send(new GetFederationTokenCommand({ Name: 'Jean Doe' })), (err) => {
      assert.equal(err.name, 'ValidationError');
      assert.match(err.message, /^1 validation error detected: Value 'Jean Doe' at 'name'/);
      assert.equal(err.$metadata.httpStatusCode, 400);
      return true;
    });
  });

  test('a wrong secret is SignatureDoesNotMatch', async () => {
    await assert.rejects(
      client(worker.url, { ...exampleKey, secretAccessKey: 'not-the-secret' }).send(new GetCallerIdentityCommand({})),
      (err) => err.name === 'SignatureDoesNotMatch' && err.$metadata.httpStatusCode === 403,
    );
  });

  test('/v1/run refuses a scenario over the engine\'s limits with InvalidScenario', async () => {
    const checks = Array.from({ length: 3000 }, () => ({ action: 's3:GetObject', resource: '*' }));
    const res = await fetch(`${worker.url}/v1/run`, {
      method: 'POST', body: JSON.stringify({ caller: { name: 'token-app' }, request: { Name: 'Jean' }, checks }),
    });
    assert.equal(res.status, 200);
    const result = await res.json();
    assert.equal(result.error.code, 'InvalidScenario');
    assert.match(result.error.message, /^checks\[200\] \(line 1, column \d+\): the scenario has 3,000 checks; the limit is 200 checks per scenario/);
  });
});
