// The loader test needs the built engine (make site puts it in dist/engine).
import { test } from "node:test";
import assert from "node:assert/strict";
import { load } from "../dist/engine/stsplay.mjs";

test("the engine loads in Node and runs its first preset", async () => {
  const engine = await load();
  assert.match(engine.version, /^\d+\.\d+\.\d+/);
  const presets = JSON.parse(engine.presets());
  assert.ok(presets.length > 0);
  for (const p of presets) {
    const result = JSON.parse(engine.run(JSON.stringify(p.scenario)));
    assert.equal(result.engine, engine.version, p.name);
    assert.ok(result.response || result.error, p.name);
  }
  const again = await load();
  assert.equal(again.version, engine.version);
});

test("bad input gives an error result, and the engine keeps working", async () => {
  const engine = await load();
  const bad = JSON.parse(engine.run("{not json"));
  assert.ok(bad.error && bad.error.code, JSON.stringify(bad));
  const ok = JSON.parse(engine.run(JSON.stringify(JSON.parse(engine.presets())[0].scenario)));
  assert.equal(ok.error, null);
});

test("validate returns the diagnostics of one policy", async (t) => {
  const engine = await load();
  const cases = [
    ["cut-off JSON", '{"Version": "2012-10-17", "Statement": [', "identity", "invalid-json"],
    ["valid session policy", '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}', "session", null],
    ["unknown kind", "{}", "nonsense", "invalid-kind"],
  ];
  for (const [name, text, kind, code] of cases) {
    await t.test(name, () => {
      const diags = JSON.parse(engine.validate(text, kind));
      assert.ok(Array.isArray(diags));
      if (code === null) assert.deepEqual(diags, []);
      else assert.ok(diags.some((d) => d.code === code && d.line >= 1 && d.column >= 1), JSON.stringify(diags));
    });
  }
});

test("every preset gives the same result after a trip through the page's form model", async (t) => {
  const { toModel, toDoc } = await import("../src/form/model.js");
  const engine = await load();
  for (const p of JSON.parse(engine.presets())) {
    await t.test(p.name, () => {
      const direct = JSON.parse(engine.run(JSON.stringify(p.scenario)));
      const viaForm = JSON.parse(engine.run(JSON.stringify(toDoc(toModel(p.scenario)))));
      assert.deepEqual(viaForm, direct);
    });
  }
});
