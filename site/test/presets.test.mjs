// The presets the build puts in the worker as static JSON are the ones the
// engine embeds, field for field.
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { loadPresets } from "../presets.mjs";

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "dist");

test("the build's presets equal stsplay.presets()", async () => {
  const { load } = await import(pathToFileURL(path.join(dist, "engine", "stsplay.mjs")).href);
  const engine = await load();
  const fromEngine = JSON.parse(engine.presets());
  const fromFiles = await loadPresets();
  assert.ok(fromFiles.length > 3);
  assert.deepEqual(fromFiles, fromEngine);
});
