import { test } from "node:test";
import assert from "node:assert/strict";
import { summarize } from "../src/render/checks.js";
import { duration } from "../src/render/response.js";
import { unavailableText } from "../src/render/summary.js";

test("unavailableText tells a document over a summary limit from a call that failed", async (t) => {
  const cases = [
    ["call failed", { code: "AccessDenied", message: "…" }, "No session: the call fails with AccessDenied, so the federated user may do nothing."],
    [
      "over the summary's work limit",
      { code: "limit-summary-work", message: "the summary would match 64 resource patterns." },
      "No summary (limit-summary-work): the summary would match 64 resource patterns.",
    ],
  ];
  for (const [name, error, want] of cases) {
    await t.test(name, () => assert.equal(unavailableText(error), want));
  }
});

test("summarize counts decisions and names the checks whose expectation is not met", async (t) => {
  const cases = [
    ["no checks", [], ""],
    ["no expectations", [{ decision: "allowed" }, { decision: "implicitDeny" }], "2 checks: 1 allowed, 1 denied."],
    ["all met", [{ decision: "allowed", expect: "allowed", pass: true }], "1 check: 1 allowed, 0 denied. Every expectation is met."],
    [
      "one not met",
      [{ decision: "allowed", expect: "allowed", pass: true }, { decision: "implicitDeny", expect: "allowed", pass: false }],
      "2 checks: 1 allowed, 1 denied. One expectation is not met (check 2).",
    ],
    [
      "two not met",
      [{ decision: "explicitDeny", expect: "allowed", pass: false }, { decision: "implicitDeny", expect: "allowed", pass: false }],
      "2 checks: 0 allowed, 2 denied. 2 expectations are not met (checks 1, 2).",
    ],
  ];
  for (const [name, checks, want] of cases) {
    await t.test(name, () => assert.equal(summarize(checks), want));
  }
});

test("duration says how long credentials last after the request", async (t) => {
  const cases = [
    ["one hour", "2026-01-01T00:00:00Z", "2026-01-01T01:00:00.000Z", "1 h"],
    ["hours and minutes", "2026-01-01T00:00:00Z", "2026-01-01T12:30:00Z", "12 h 30 min"],
    ["minutes", "2026-01-01T00:00:00Z", "2026-01-01T00:15:00Z", "15 min"],
    ["no clock", "", "2026-01-01T00:15:00Z", ""],
    ["before the request", "2026-01-02T00:00:00Z", "2026-01-01T00:15:00Z", ""],
  ];
  for (const [name, from, to, want] of cases) {
    await t.test(name, () => assert.equal(duration(from, to), want));
  }
});
