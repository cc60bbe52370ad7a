// catalog-ops.js is the worker's side of the AWS action catalog. The page
// passes the catalog's URL with every call; the first call in a worker
// fetches it (a gzip file, decompressed here), hands its text to the
// engine and keeps it, so a restarted worker loads it again by itself.
// Calls answer JSON strings; a catalog that cannot be fetched gives
// {"error": …} instead of throwing, so the worker is not restarted for it.

let loadedURL = "";
let loadInfo = "";

async function fetchText(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`cannot fetch the AWS action catalog: HTTP ${res.status}`);
  if (url.endsWith(".gz")) {
    return await new Response(res.body.pipeThrough(new DecompressionStream("gzip"))).text();
  }
  return await res.text();
}

async function ensure(api, url) {
  if (loadedURL === url) return null;
  let text;
  try {
    text = await fetchText(url);
  } catch (err) {
    return JSON.stringify({ error: String(err && err.message ? err.message : err) });
  }
  const info = api.load(text);
  if (JSON.parse(info).error) return info;
  loadedURL = url;
  loadInfo = info;
  return null;
}

/** isCatalogOp reports whether a worker message is one of these calls. */
export function isCatalogOp(op) {
  return typeof op === "string" && op.startsWith("catalog.");
}

/** catalogOp runs one call: args[0] is the catalog URL, the rest the call's arguments. */
export async function catalogOp(op, args) {
  const api = globalThis.stsplay.catalog;
  const [url, ...rest] = args;
  const failed = await ensure(api, String(url));
  if (failed) return failed;
  const s = (i) => String(rest[i] ?? "");
  switch (op) {
    case "catalog.load":
      return loadInfo;
    case "catalog.lintScenario":
      return api.lintScenario(s(0));
    case "catalog.expand":
      return api.expand(s(0));
    case "catalog.summary":
      return api.summary(s(0));
    case "catalog.suggest":
      return api.suggest(s(0), s(1));
    case "catalog.complete":
      return api.complete(s(0), s(1), s(2));
    default:
      return JSON.stringify({ error: `unknown catalog call ${op}` });
  }
}
