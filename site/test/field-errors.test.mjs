import { test } from "node:test";
import assert from "node:assert/strict";
import { scenarioField, stsField, fieldErrors } from "../src/form/field-errors.js";

test("scenarioField maps a document path to its form field", async (t) => {
  const cases = [
    ["checks[0].action", "check-action-0"],
    ["checks[12].resource", "check-resource-12"],
    ["checks[200]", "check-action-200"],
    ["request.Name", "request-name"],
    ["request.PolicyArns[1]", "request-policy-arn-1"],
    ["request.Tags[2].Value", "request-tag-value-2"],
    ["caller.tags[0]", "caller-tag-key-0"],
    ["resourcePolicies[3].attachedTo", "resource-attached-3"],
    ["account", "account"],
    ["caller.policies[0]", ""],
    ["", ""],
  ];
  for (const [path, want] of cases) await t.test(path || "(empty)", () => assert.equal(scenarioField(path), want));
});

test("stsField maps a ValidationError message to its form field", async (t) => {
  const cases = [
    ["1 validation error detected: Value 'J' at 'name' failed to satisfy constraint: Member must have length greater than or equal to 2", "request-name"],
    ["1 validation error detected: Value '600' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900", "request-duration"],
    ["1 validation error detected: Value 'nonsense' at 'policyArns.2.member.arn' failed to satisfy constraint: Member must have length greater than or equal to 20", "request-policy-arn-1"],
    ["1 validation error detected: Value 'x' at 'tags.1.member.value' failed to satisfy constraint", "request-tag-value-0"],
    ["Access denied", ""],
  ];
  for (const [message, want] of cases) await t.test(want || "no field", () => assert.equal(stsField(message), want));
});

test("fieldErrors takes scenario diagnostics and the STS validation error", () => {
  const result = {
    error: { code: "ValidationError", message: "1 validation error detected: Value 'J' at 'name' failed to satisfy constraint: too short" },
    diagnostics: [
      { source: "scenario", path: "checks[0].action", message: "a check needs an action" },
      { source: "request.Policy", path: "Statement[0]", message: "not a field" },
    ],
  };
  assert.deepEqual([...fieldErrors(result)], [
    ["check-action-0", "a check needs an action"],
    ["request-name", result.error.message],
  ]);
});
