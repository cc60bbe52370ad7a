import { test } from "node:test";
import assert from "node:assert/strict";
import { snippet, shellQuote, LANGUAGES } from "../src/render/code.js";

const request = {
  Name: "Jean's <script>",
  DurationSeconds: 3600,
  Policy: '{"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}',
  PolicyArns: ["arn:aws:iam::123456789012:policy/Read"],
  Tags: [{ Key: "team", Value: "a`b" }],
};

test("shellQuote", async (t) => {
  const cases = [
    ["plain", "abc", "'abc'"],
    ["single quote", "it's", "'it'\\''s'"],
    ["dollar and backtick stay literal", "$(x)`y`", "'$(x)`y`'"],
  ];
  for (const [name, input, want] of cases) await t.test(name, () => assert.equal(shellQuote(input), want));
});

test("snippets name every parameter in each language", async (t) => {
  const expect = {
    cli: ["aws sts get-federation-token", "--name 'Jean'\\''s <script>'", "--duration-seconds 3600", "--policy-arns", "--tags"],
    js: ["GetFederationTokenCommand", 'Name: "Jean\'s <script>"', "DurationSeconds: 3600", '{ arn: "arn:aws:iam::123456789012:policy/Read" }', 'Value: "a`b"'],
    go: ["sts.GetFederationTokenInput", 'Name: aws.String("Jean\'s <script>")', "aws.Int32(3600)", "types.PolicyDescriptorType", 'Value: aws.String("a`b")', "Policy: aws.String(`{"],
    python: ["get_federation_token(", 'Name="Jean\'s <script>"', "DurationSeconds=3600", '{"arn": "arn:aws:iam::123456789012:policy/Read"}'],
  };
  for (const { id } of LANGUAGES) {
    await t.test(id, () => {
      const code = snippet(id, request, "eu-west-1");
      for (const part of expect[id]) assert.ok(code.includes(part), `${id} lacks ${part}:\n${code}`);
      assert.ok(code.includes("eu-west-1"));
    });
  }
});

test("optional parameters are left out", () => {
  for (const { id } of LANGUAGES) {
    const code = snippet(id, { Name: "Bob", PolicyArns: [], Tags: [] }, "us-east-1");
    assert.ok(!/DurationSeconds|duration-seconds|Policy|--policy|Tags|--tags/.test(code), `${id}:\n${code}`);
  }
});

test("Go uses a quoted string when the policy has a backtick", () => {
  const code = snippet("go", { Name: "Bob", Policy: '{"a":"`"}' }, "us-east-1");
  assert.ok(code.includes('Policy: aws.String("{\\"a\\":\\"`\\"}")'), code);
});
