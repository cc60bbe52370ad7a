// share.js puts a whole scenario in the URL fragment (never sent to a
// server): JSON, compressed with deflate-raw, base64url-encoded, stamped
// with the link format and the engine version:
//
//   #v=1&e=<engine version>&s=<base64url(deflate-raw(JSON))>

export const FORMAT = "1";
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

/** encode returns the fragment (without "#") for a scenario document. */
export async function encode(doc, engineVersion) {
  const json = new TextEncoder().encode(JSON.stringify(doc));
  const packed = await pipe(json, new CompressionStream("deflate-raw"), Infinity);
  const params = new URLSearchParams({ v: FORMAT, e: engineVersion || "" });
  return `${params.toString()}&s=${toBase64url(packed)}`;
}

/** hasScenario reports whether a fragment (with or without "#") carries a scenario. */
export function hasScenario(fragment) {
  return new URLSearchParams(fragment.replace(/^#/, "")).has("s");
}

/**
 * decode reads a fragment made by encode. It resolves with {doc, engine}
 * or rejects with a ShareError that says what is wrong with the link.
 */
export async function decode(fragment) {
  const text = fragment.replace(/^#/, "");
  if (text.length > MAX_FRAGMENT) {
    throw new ShareError(`This link is too long (${text.length} characters; at most ${MAX_FRAGMENT}). The default scenario is shown instead.`);
  }
  const params = new URLSearchParams(text);
  const format = params.get("v");
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
