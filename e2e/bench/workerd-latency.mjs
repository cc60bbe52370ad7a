// Request latency of the Workers bundle under workerd (wrangler dev
// --local), measured with @aws-sdk/client-sts from the same machine: the
// first request a freshly started worker answers (cold) and the requests
// after it (warm). A measurement, not a test: it prints numbers.
//
// Run: make bench-workerd   (COLD_STARTS=3 WARM_REQUESTS=50 to change)

import { GetCallerIdentityCommand, GetFederationTokenCommand, STSClient } from '@aws-sdk/client-sts';
import { startWrangler } from '../lib/wrangler.mjs';

const coldStarts = Number(process.env.COLD_STARTS || 2);
const warmRequests = Number(process.env.WARM_REQUESTS || 30);
const exampleKey = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
const jeanPolicy = '{"Statement":[{"Sid":"Stmt1","Effect":"Allow","Action":"s3:*","Resource":"*"}]}';

const client = (url, credentials) => new STSClient({ region: 'us-east-1', endpoint: url, credentials, maxAttempts: 1 });

async function timed(fn) {
  const t = performance.now();
  const out = await fn();
  return [performance.now() - t, out];
}

function summary(ms) {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return `median ${q(0.5).toFixed(1)} ms, p90 ${q(0.9).toFixed(1)} ms, min ${s[0].toFixed(1)} ms (n=${s.length})`;
}

const cold = [];
const warm = { GetFederationToken: [], GetCallerIdentity: [] };
for (let i = 0; i < coldStarts; i++) {
  const worker = await startWrangler({ STSPLAY_TOKEN_KEY: 'workerd-latency-session-token-key-0123456789' });
  try {
    const user = client(worker.url, exampleKey);
    const gft = () => user.send(new GetFederationTokenCommand({ Name: 'Jean', Policy: jeanPolicy, DurationSeconds: 3600 }));
    const [first, out] = await timed(gft);
    cold.push(first);
    const c = out.Credentials;
    const jean = client(worker.url, { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken });
    for (let j = 0; j < warmRequests; j++) {
      warm.GetFederationToken.push((await timed(gft))[0]);
      warm.GetCallerIdentity.push((await timed(() => jean.send(new GetCallerIdentityCommand({}))))[0]);
    }
  } finally {
    await worker.stop();
  }
}
console.log(`workerd (wrangler dev --local), ${coldStarts} fresh starts:`);
console.log(`  cold, first GetFederationToken of a fresh worker: ${cold.map((m) => `${m.toFixed(0)} ms`).join(', ')}`);
for (const [name, ms] of Object.entries(warm)) console.log(`  warm ${name}: ${summary(ms)}`);
