import { test } from "node:test";
import assert from "node:assert/strict";
import { stepTitle } from "../src/render/explain.js";

test("stepTitle numbers a step by its place in the engine's order and knows every step", async (t) => {
  const cases = [
    ["first step", "getCallerIdentity", 0, "0. Is it sts:GetCallerIdentity (always allowed)?"],
    ["SCP step after the explicit deny", "serviceControlPolicies", 2, "2. Service control policies of the organization"],
    ["restrictions move down when SCPs are there", "serviceRestriction", 3, "3. Federated-session restrictions (no IAM, limited STS)"],
    ["no index, no number", "identitySession", undefined, "Identity ∩ boundary ∩ session policies"],
    ["an unknown step shows its id", "somethingNew", 1, "1. somethingNew"],
  ];
  for (const [name, id, index, want] of cases) {
    await t.test(name, () => assert.equal(stepTitle(id, index), want));
  }
});
