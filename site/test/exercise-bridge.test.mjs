// The engine's exercise functions as the exercise view calls them: the
// built-in course, and a learner's document graded against an exercise.
// Needs the built engine (make site puts it in dist/engine).
import { test } from "node:test";
import assert from "node:assert/strict";
import { load } from "../dist/engine/stsplay.mjs";

test("the built-in course lists its exercises and grades a learner's document", async () => {
  await load();
  const x = globalThis.stsplay.exercise;
  const course = JSON.parse(x.course(""));
  assert.ok(course.exercises.length >= 12, "at least 12 exercises");
  const jean = course.exercises.find((e) => e.id === "jean-prefix");
  assert.deepEqual(jean.editable, ["request.Policy"]);
  const start = JSON.parse(jean.document);
  assert.equal(start.exercise, null, "the learner's document has no exercise block");
  for (const i of jean.hidden) assert.equal(start.checks[i].expect, "", `check ${i}'s expectation is withheld`);

  const wrong = { ...start, request: { ...start.request, Policy: { Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "*" }] } } };
  const failed = JSON.parse(x.grade("", "jean-prefix", JSON.stringify(wrong)));
  assert.equal(failed.solved, false);
  const hidden = failed.expectations.filter((s) => s.hidden);
  assert.equal(hidden.length, jean.hidden.length);
  for (const s of hidden) {
    assert.equal(s.met, false);
    assert.equal(s.expect, undefined, "a hidden expectation is not shown");
    assert.equal(s.got, "allowed");
    assert.ok(s.explanation, "a failed hidden check is explained");
  }

  const solved = { ...start, request: { ...start.request, Policy: jean.solution["request.Policy"] } };
  const passed = JSON.parse(x.grade("", "jean-prefix", JSON.stringify(solved)));
  assert.equal(passed.solved, true);
  assert.ok(passed.expectations.every((s) => s.met));

  assert.match(x.grade("", "no-such-exercise", "{}"), /"error":"the course has no exercise no-such-exercise"/);
  assert.ok(JSON.parse(x.course('{"title": 1}')).problems.length > 0);
});
