import { test } from "node:test";
import assert from "node:assert/strict";
import { encode, decode, hasScenario, contentHash, ShareError, MAX_FRAGMENT } from "../src/share.js";

const doc = { version: 1, request: { Name: "Jean", Policy: '{"a":"<script>ü€😀"}' }, checks: [] };

test("a link round-trips the scenario exactly", async () => {
  const fragment = await encode(doc, "0.1.0");
  assert.match(fragment, /^v=1&e=0\.1\.0&s=[A-Za-z0-9_-]+$/);
  assert.ok(hasScenario(`#${fragment}`));
  assert.deepEqual(await decode(`#${fragment}`), { doc, engine: "0.1.0" });
});

test("bad links are refused with a message", async (t) => {
  const good = await encode(doc, "0.1.0");
  const data = good.split("&s=")[1];
  const cases = [
    ["unknown format", `v=9&s=${data}`, /link format "9"/],
    ["not base64url", "v=1&s=ab+/", /not valid base64url/],
    ["cut short", `v=1&s=${data.slice(0, data.length - 5)}`, /damaged/],
    ["not deflate", "v=1&s=AAAAAAAA", /damaged/],
    ["too long", `v=1&s=${"A".repeat(MAX_FRAGMENT)}`, /too long/],
  ];
  for (const [name, fragment, message] of cases) {
    await t.test(name, async () => {
      await assert.rejects(decode(fragment), (err) => err instanceof ShareError && message.test(err.message));
    });
  }
});

test("a zip bomb is stopped", async () => {
  const big = { version: 1, seed: "x".repeat(2_000_000) };
  const fragment = await encode(big, "0.1.0");
  assert.ok(fragment.length < MAX_FRAGMENT);
  await assert.rejects(decode(fragment), /too large/);
});

test("a link that holds no object is refused", async () => {
  const fragment = await encode([1, 2], "0.1.0");
  await assert.rejects(decode(fragment), /does not hold a scenario/);
});

test("an unchanged preset is named, in a short link; an edited one is sent whole", async () => {
  const presets = [{ name: "jean-api-example", scenario: doc }];
  const fragment = await encode(doc, "0.1.0", presets);
  assert.equal(fragment, `v=2&e=0.1.0&p=jean-api-example&h=${contentHash(JSON.stringify(doc))}`);
  assert.ok(fragment.length < 60);
  assert.ok(hasScenario(`#${fragment}`));
  assert.deepEqual(await decode(`#${fragment}`), { doc: null, preset: "jean-api-example", hash: contentHash(JSON.stringify(doc)), engine: "0.1.0" });
  const edited = { ...doc, seed: "other" };
  assert.match(await encode(edited, "0.1.0", presets), /^v=1&e=0\.1\.0&s=/);
});

test("contentHash is FNV-1a over UTF-8", () => {
  // Reference values of 32-bit FNV-1a.
  assert.equal(contentHash(""), "811c9dc5");
  assert.equal(contentHash("a"), "e40c292c");
  assert.equal(contentHash("foobar"), "bf9cf968");
  assert.notEqual(contentHash("ü"), contentHash("u"));
});
