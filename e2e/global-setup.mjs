// Starts the static server for the whole run and stops it afterwards. The
// site must be built already (the Makefile's e2e target runs `make site`
// first); it is served from a copy in artifacts/site. The tests read the
// server's address from STSPLAY_BASE_URL. It also builds the native CLI
// whose results the page must match.
import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadNetlifyConfig, startServer } from './lib/server.mjs';
import { buildCli } from './lib/engine.mjs';
import { chromiumPath } from './playwright.config.mjs';

export default async function globalSetup() {
  if (!existsSync(chromiumPath)) {
    throw new Error(`${chromiumPath} is missing: install Debian's chromium (apt-get install -y chromium)`);
  }
  buildCli();
  if (process.env.STSPLAY_BASE_URL) {
    return undefined; // a server someone else started (e.g. make serve)
  }
  // Serve a copy, so that a rebuild of site/dist during the run (make serve
  // in another terminal) cannot pull files from under the page.
  const cfg = loadNetlifyConfig();
  const root = path.join(path.dirname(fileURLToPath(import.meta.url)), 'artifacts', 'site');
  rmSync(root, { recursive: true, force: true });
  cpSync(cfg.publish, root, { recursive: true });
  const server = await startServer({ root, rules: cfg.headers, log: (m) => console.error(`server: ${m}`) });
  process.env.STSPLAY_BASE_URL = server.url;
  return async () => {
    await server.close();
  };
}
