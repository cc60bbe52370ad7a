// presets.mjs reads the engine's presets from the files the Go package
// embeds (engine/scenario/presets: index.json in display order, NAME.json
// per scenario) into the JSON array stsplay.presets() returns, so the
// build can put them in the worker as static JSON and the page need not
// wait for the engine to marshal them.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const presetDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "engine", "scenario", "presets");

/** The presets as the engine lists them: [{name, title, teaches, quote, source, scenario}]. */
export async function loadPresets(dir = presetDir) {
  const index = JSON.parse(await readFile(path.join(dir, "index.json"), "utf8"));
  return Promise.all(
    index.map(async (p) => ({
      name: p.name,
      title: p.title,
      teaches: p.teaches,
      quote: p.quote,
      source: p.source,
      scenario: JSON.parse(await readFile(path.join(dir, `${p.name}.json`), "utf8")),
    })),
  );
}
