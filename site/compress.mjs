// compress.mjs writes NAME.br (brotli, quality 11) and NAME.gz (gzip,
// level 9) beside every text and WebAssembly file of a directory, so that
// a server can send the precompressed copy to a browser that accepts it
// (site/serve and the browser tests' server do). A copy that would not be
// smaller is not written. Files added to the directory later (a lazily
// fetched asset) are covered as long as their extension is listed here.
import { readdir, readFile, writeFile, rm } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, gzip, constants as zc } from "node:zlib";

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** The extensions of the files that are compressed (the rest are already compressed or tiny). */
export const compressible = new Set([".html", ".js", ".mjs", ".css", ".svg", ".json", ".map", ".wasm", ".txt", ".xml", ".webmanifest"]);

/** The encodings written, by file suffix, in the order a server prefers them. */
export const encodings = [
  { suffix: ".br", name: "br" },
  { suffix: ".gz", name: "gzip" },
];

async function files(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await files(p)));
    else out.push(p);
  }
  return out;
}

/** The brotli and gzip forms of bytes, at the settings the site is built with. */
export async function compressBytes(bytes) {
  const [br, gzipped] = await Promise.all([
    brotli(bytes, { params: { [zc.BROTLI_PARAM_QUALITY]: 11, [zc.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
    gz(bytes, { level: 9 }),
  ]);
  return { br, gzip: gzipped };
}

/**
 * Compresses every compressible file under dir (stale .br and .gz copies
 * are removed first) and returns [{file, raw, br, gzip}] with byte counts.
 */
export async function compressDir(dir) {
  const all = await files(dir);
  const sources = all.filter((f) => compressible.has(path.extname(f)));
  // Stale copies of these files go; other .gz files (an asset that is
  // gzip data itself) stay.
  const copies = new Set(sources.flatMap((f) => encodings.map((e) => f + e.suffix)));
  await Promise.all(all.filter((f) => copies.has(f)).map((f) => rm(f)));
  const out = [];
  for (const file of sources) {
    const bytes = await readFile(file);
    const c = await compressBytes(bytes);
    const row = { file: path.relative(dir, file), raw: bytes.length };
    for (const e of encodings) {
      const body = c[e.name];
      if (body.length < bytes.length) {
        await writeFile(file + e.suffix, body);
        row[e.name] = body.length;
      }
    }
    out.push(row);
  }
  return out;
}
