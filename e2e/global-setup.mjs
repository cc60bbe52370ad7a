// Starts the static server for the whole run and stops it afterwards. The
// site must be built already (the Makefile's e2e target runs `make site`
// first); the tests read the server's address from STSPLAY_BASE_URL. It also
// builds the native CLI whose results the page must match.
import { existsSync } from 'node:fs';
import { startServer } from './lib/server.mjs';
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
  const server = await startServer({ log: (m) => console.error(`server: ${m}`) });
  process.env.STSPLAY_BASE_URL = server.url;
  return async () => {
    await server.close();
  };
}
