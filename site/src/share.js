// share.js puts a whole scenario in the URL fragment (never sent to a
// server): JSON, compressed with deflate-raw, base64url-encoded, stamped
// with the link format and the engine version:
//
//   #v=1&e=<engine version>&s=<base64url(deflate-raw(JSON))>
//
// A scenario that is one of the engine's presets, unchanged, is named
// instead (a link short enough for a slide), with a hash of the preset's
// document so that a page can tell when the preset has changed since:
//
//   #v=2&e=<engine version>&p=<preset name>&h=<FNV-1a of the JSON, 8 hex digits>

export const FORMAT = "1";
/** PRESET_FORMAT is the link format that names a preset. */
export const PRESET_FORMAT = "2";
/** The longest fragment accepted, in characters. */
export const MAX_FRAGMENT = 100_000;
/** The largest decompressed scenario accepted, in bytes. */
export const MAX_JSON = 1_000_000;

/** ShareError is a link that cannot be opened; its message is for people. */
export class ShareError extends Error {
  constructor(message) {
    super(message);
    this.name = "ShareError";
  }
}

/** contentHash is the 32-bit FNV-1a hash of a text's UTF-8 bytes, as 8 hex digits. */
export function contentHash(text) {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(text)) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/**
 * encode returns the fragment (without "#") for a scenario document; one
 * of presets ([{name, scenario}]), unchanged, is named instead.
 */
export async function encode(doc, engineVersion, presets = []) {
  const text = JSON.stringify(doc);
  const preset = presets.find((p) => JSON.stringify(p.scenario) === text);
  if (preset) return new URLSearchParams({ v: PRESET_FORMAT, e: engineVersion || "", p: preset.name, h: contentHash(text) }).toString();
  const json = new TextEncoder().encode(text);
  const packed = await pipe(json, new CompressionStream("deflate-raw"), Infinity);
  const params = new URLSearchParams({ v: FORMAT, e: engineVersion || "" });
  return `${params.toString()}&s=${toBase64url(packed)}`;
}

/** hasScenario reports whether a fragment (with or without "#") carries a scenario. */
export function hasScenario(fragment) {
  const params = new URLSearchParams(fragment.replace(/^#/, ""));
  return params.has("s") || params.has("p");
}

/**
 * decode reads a fragment made by encode. It resolves with {doc, engine},
 * or {doc: null, preset, hash, engine} for a link that names a preset, or
 * rejects with a ShareError that says what is wrong with the link.
 */
export async function decode(fragment) {
  const text = fragment.replace(/^#/, "");
  if (text.length > MAX_FRAGMENT) {
    throw new ShareError(`This link is too long (${text.length} characters; at most ${MAX_FRAGMENT}). The default scenario is shown instead.`);
  }
  const params = new URLSearchParams(text);
  const format = params.get("v");
  if (format === PRESET_FORMAT && params.get("p")) {
    return { doc: null, preset: params.get("p"), hash: params.get("h") || "", engine: params.get("e") || "" };
  }
  if (format !== FORMAT) {
    throw new ShareError(`This link uses link format ${JSON.stringify(format)}, which this page does not know (it reads format ${FORMAT}). The default scenario is shown instead.`);
  }
  let bytes;
  try {
    bytes = fromBase64url(params.get("s") || "");
  } catch {
    throw new ShareError("This link is damaged: its scenario is not valid base64url. The default scenario is shown instead.");
  }
  let json;
  try {
    json = await pipe(bytes, new DecompressionStream("deflate-raw"), MAX_JSON);
  } catch (err) {
    if (err instanceof ShareError) throw err;
    throw new ShareError("This link is damaged: its scenario cannot be decompressed. Was it cut short when it was copied? The default scenario is shown instead.");
  }
  let doc;
  try {
    doc = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(json));
  } catch {
    throw new ShareError("This link is damaged: its scenario is not valid JSON. The default scenario is shown instead.");
  }
  if (!doc || typeof doc !== "object" || Array.isArray(doc)) {
    throw new ShareError("This link does not hold a scenario document. The default scenario is shown instead.");
  }
  return { doc, engine: params.get("e") || "" };
}

async function pipe(bytes, transform, limit) {
  const stream = new Blob([bytes]).stream().pipeThrough(transform);
  const reader = stream.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new ShareError(`This link's scenario is too large (more than ${limit} bytes). The default scenario is shown instead.`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function toBase64url(bytes) {
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64url(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error("not base64url");
  const bin = atob(text.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((text.length + 3) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
