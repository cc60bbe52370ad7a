// code.js writes the GetFederationToken request of a scenario as code:
// AWS CLI, JavaScript (SDK v3), Go (SDK v2) and Python (boto3). Every
// user value is quoted for its language, so the snippet runs as shown.

export const LANGUAGES = [
  { id: "cli", label: "AWS CLI" },
  { id: "js", label: "JavaScript v3" },
  { id: "go", label: "Go v2" },
  { id: "python", label: "Python boto3" },
];

/** snippet returns the code for one language. */
export function snippet(lang, request, region) {
  const r = normalise(request);
  switch (lang) {
    case "cli":
      return cli(r, region);
    case "js":
      return js(r, region);
    case "go":
      return go(r, region);
    case "python":
      return python(r, region);
    default:
      return "";
  }
}

function normalise(req = {}) {
  return {
    name: req.Name ?? "",
    duration: Number.isFinite(req.DurationSeconds) && req.DurationSeconds > 0 ? req.DurationSeconds : null,
    policy: typeof req.Policy === "string" && req.Policy !== "" ? req.Policy : null,
    arns: (req.PolicyArns || []).filter((a) => a !== ""),
    tags: (req.Tags || []).filter((t) => t.Key !== "" || t.Value !== ""),
  };
}

/** shellQuote quotes text for a POSIX shell. */
export function shellQuote(text) {
  return `'${String(text).replace(/'/g, `'\\''`)}'`;
}

const q = (text) => JSON.stringify(String(text));

function cli(r, region) {
  const lines = [`aws sts get-federation-token`, `  --region ${shellQuote(region || "us-east-1")}`, `  --name ${shellQuote(r.name)}`];
  if (r.duration) lines.push(`  --duration-seconds ${r.duration}`);
  if (r.policy) lines.push(`  --policy ${shellQuote(r.policy)}`);
  if (r.arns.length) lines.push(`  --policy-arns ${shellQuote(JSON.stringify(r.arns.map((arn) => ({ arn }))))}`);
  if (r.tags.length) lines.push(`  --tags ${shellQuote(JSON.stringify(r.tags.map((t) => ({ Key: t.Key, Value: t.Value }))))}`);
  return lines.join(" \\\n") + "\n";
}

function js(r, region) {
  const fields = [`  Name: ${q(r.name)},`];
  if (r.duration) fields.push(`  DurationSeconds: ${r.duration},`);
  if (r.policy) fields.push(`  Policy: ${q(r.policy)},`);
  if (r.arns.length) fields.push(`  PolicyArns: [${r.arns.map((a) => `{ arn: ${q(a)} }`).join(", ")}],`);
  if (r.tags.length) fields.push(`  Tags: [\n${r.tags.map((t) => `    { Key: ${q(t.Key)}, Value: ${q(t.Value)} },`).join("\n")}\n  ],`);
  return `import { STSClient, GetFederationTokenCommand } from "@aws-sdk/client-sts";

const client = new STSClient({ region: ${q(region || "us-east-1")} });
const response = await client.send(new GetFederationTokenCommand({
${fields.join("\n")}
}));
console.log(response.FederatedUser?.Arn, response.Credentials?.Expiration);
`;
}

function goString(text) {
  return !text.includes("`") && !text.includes("\r") ? "`" + text + "`" : q(text);
}

function go(r, region) {
  const fields = [`\t\tName: aws.String(${q(r.name)}),`];
  if (r.duration) fields.push(`\t\tDurationSeconds: aws.Int32(${r.duration}),`);
  if (r.policy) fields.push(`\t\tPolicy: aws.String(${goString(r.policy)}),`);
  if (r.arns.length) fields.push(`\t\tPolicyArns: []types.PolicyDescriptorType{\n${r.arns.map((a) => `\t\t\t{Arn: aws.String(${q(a)})},`).join("\n")}\n\t\t},`);
  if (r.tags.length) fields.push(`\t\tTags: []types.Tag{\n${r.tags.map((t) => `\t\t\t{Key: aws.String(${q(t.Key)}), Value: aws.String(${q(t.Value)})},`).join("\n")}\n\t\t},`);
  const usesTypes = r.arns.length || r.tags.length;
  return `package main

import (
\t"context"
\t"fmt"
\t"log"

\t"github.com/aws/aws-sdk-go-v2/aws"
\t"github.com/aws/aws-sdk-go-v2/config"
\t"github.com/aws/aws-sdk-go-v2/service/sts"
${usesTypes ? '\t"github.com/aws/aws-sdk-go-v2/service/sts/types"\n' : ""})

func main() {
\tctx := context.Background()
\tcfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(${q(region || "us-east-1")}))
\tif err != nil {
\t\tlog.Fatal(err)
\t}
\tout, err := sts.NewFromConfig(cfg).GetFederationToken(ctx, &sts.GetFederationTokenInput{
${fields.join("\n")}
\t})
\tif err != nil {
\t\tlog.Fatal(err)
\t}
\tfmt.Println(aws.ToString(out.FederatedUser.Arn), out.Credentials.Expiration)
}
`;
}

function python(r, region) {
  const fields = [`    Name=${q(r.name)},`];
  if (r.duration) fields.push(`    DurationSeconds=${r.duration},`);
  if (r.policy) fields.push(`    Policy=${q(r.policy)},`);
  if (r.arns.length) fields.push(`    PolicyArns=[${r.arns.map((a) => `{"arn": ${q(a)}}`).join(", ")}],`);
  if (r.tags.length) fields.push(`    Tags=[\n${r.tags.map((t) => `        {"Key": ${q(t.Key)}, "Value": ${q(t.Value)}},`).join("\n")}\n    ],`);
  return `import boto3

sts = boto3.client("sts", region_name=${q(region || "us-east-1")})
response = sts.get_federation_token(
${fields.join("\n")}
)
print(response["FederatedUser"]["Arn"], response["Credentials"]["Expiration"])
`;
}
