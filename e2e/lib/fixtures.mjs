// Test fixtures shared by every browser test: the served site's address as
// baseURL, and a watcher that records each request, uncaught page error and
// Content-Security-Policy violation of the test's browser context. A test
// fails when the page throws or violates its CSP, even if every assertion
// of its own passed.
import { test as base, expect } from '@playwright/test';

export { expect };

/**
 * Collects what happens in one browser context. requests holds every URL
 * requested by a page or a service worker of the context.
 */
class Watcher {
  constructor() {
    this.requests = [];
    this.serviceWorkerRequests = [];
    this.pageErrors = [];
    this.consoleErrors = [];
    this.cspViolations = [];
    this.allowed = [];
  }

  /** Lets a test expect a CSP violation that matches re (e.g. a refused frame). */
  allowCsp(re) {
    this.allowed.push(re);
  }

  attach(context) {
    context.on('request', (req) => {
      this.requests.push(req.url());
      if (req.serviceWorker()) this.serviceWorkerRequests.push(req.url());
    });
    context.on('page', (page) => this.attachPage(page));
    for (const page of context.pages()) this.attachPage(page);
  }

  attachPage(page) {
    page.on('pageerror', (err) => this.pageErrors.push(`${err.name}: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const text = msg.text();
      this.consoleErrors.push(text);
      if (/Content Security Policy/i.test(text) && !this.allowed.some((re) => re.test(text))) {
        this.cspViolations.push(text);
      }
    });
  }
}

export const test = base.extend({
  baseURL: async ({}, use) => {
    const url = process.env.STSPLAY_BASE_URL;
    if (!url) throw new Error('STSPLAY_BASE_URL is not set: run the tests through playwright.config.mjs');
    await use(url);
  },

  watcher: [
    async ({ context }, use) => {
      const w = new Watcher();
      w.attach(context);
      await use(w);
      expect(w.pageErrors, 'uncaught errors in the page').toEqual([]);
      expect(w.cspViolations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});
