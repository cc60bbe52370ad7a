// The exercise view's status lines, from grades the engine really gives.
import { test } from "node:test";
import assert from "node:assert/strict";
import { load } from "../dist/engine/stsplay.mjs";
import { renderStatus, statusLines } from "../src/exercise/status.js";

test("status lines of a wrong answer and of the solution", async () => {
  await load();
  const x = globalThis.stsplay.exercise;
  const jean = JSON.parse(x.course("")).exercises.find((e) => e.id === "jean-prefix");
  const start = JSON.parse(jean.document);
  const answer = (policy) => JSON.stringify({ ...start, request: { ...start.request, Policy: policy } });

  const wrong = statusLines(JSON.parse(x.grade("", "jean-prefix", answer({ Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "*" }] }))));
  assert.deepEqual(wrong.map((l) => l.met), [true, true, true, true, false, false]);
  assert.equal(wrong[0].label, "GetFederationToken succeeds");
  assert.equal(wrong[2].label, "s3:ListBucket on arn:aws:s3:::productionapp with s3:prefix=jean/ is allowed");
  assert.equal(wrong[4].label, "s3:ListBucket on arn:aws:s3:::productionapp with s3:prefix=bob/ (hidden check)");
  assert.match(wrong[4].detail, /^The engine decided allowed\. Allowed: /);
  assert.ok(!JSON.stringify(wrong).includes("implicitly"), "a hidden expectation is not shown");

  const solved = statusLines(JSON.parse(x.grade("", "jean-prefix", answer(jean.solution["request.Policy"]))));
  assert.ok(solved.every((l) => l.met && l.detail === ""));

  const noCall = statusLines(JSON.parse(x.grade("", "manager-name", JSON.parse(x.course("")).exercises.find((e) => e.id === "manager-name").document)));
  assert.equal(noCall[0].met, false);
  assert.match(noCall[0].detail, /^It gave AccessDenied: User: arn:aws:iam::123456789012:user\/broker is not authorized/);
  assert.match(noCall[1].detail, /^The engine decided not run/);
});

test("renderStatus builds text nodes only", () => {
  const node = (tag) => ({ tag, children: [], append(...c) { this.children.push(...c); } });
  const doc = { createElement: node, createTextNode: (text) => ({ text }) };
  const ul = renderStatus(doc, { expectations: [{ kind: "check", action: "<b>", resource: "*", expect: "allowed", got: "implicitDeny", met: false }] });
  const li = ul.children[0];
  assert.equal(li.className, "unmet");
  assert.deepEqual(li.children[1], { text: " <b> on * is allowed" });
  assert.deepEqual(li.children[2].children, [{ text: "The engine decided denied implicitly." }]);
});
