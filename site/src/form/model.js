// model.js converts between the scenario document (the engine's format,
// version 1) and the form model the page edits. The model keeps policies
// as the user's exact text, managed policies as an ordered list (so that
// an ARN can be edited), and the text of a switched-off boundary or
// session policy (so that unticking a box never loses text).

/** policyText turns a POLICY (object or string) into editor text. */
export function policyText(p) {
  if (p === null || p === undefined) return "";
  return typeof p === "string" ? p : JSON.stringify(p, null, 2);
}

function tags(list) {
  return Array.isArray(list) ? list.map((t) => ({ Key: String(t?.Key ?? ""), Value: String(t?.Value ?? "") })) : [];
}

function contextRows(ctx) {
  if (!ctx || typeof ctx !== "object") return [];
  return Object.entries(ctx).map(([key, value]) => ({ key, value: typeof value === "string" ? value : JSON.stringify(value) }));
}

const KNOWN = ["version", "account", "region", "caller", "managedPolicies", "resourcePolicies", "request", "clock", "seed", "checks"];

/** toModel reads a scenario document into a form model. */
export function toModel(doc) {
  const d = doc && typeof doc === "object" ? doc : {};
  const caller = d.caller || {};
  const request = d.request || {};
  const extra = Object.fromEntries(Object.entries(d).filter(([k]) => !KNOWN.includes(k)));
  return {
    extra,
    version: d.version ?? 1,
    account: String(d.account ?? ""),
    region: String(d.region ?? ""),
    clock: d.clock ?? "",
    seed: d.seed ?? "",
    caller: {
      type: caller.type === "Root" ? "Root" : "IAMUser",
      name: String(caller.name ?? ""),
      policies: (Array.isArray(caller.policies) ? caller.policies : []).map(policyText),
      boundaryOn: caller.permissionsBoundary !== null && caller.permissionsBoundary !== undefined,
      boundary: policyText(caller.permissionsBoundary),
      tags: tags(caller.tags),
    },
    managed: Object.entries(d.managedPolicies || {}).map(([arn, p]) => ({ arn, policy: policyText(p) })),
    resources: (Array.isArray(d.resourcePolicies) ? d.resourcePolicies : []).map((r) => ({
      name: String(r?.name ?? ""),
      attachedTo: String(r?.attachedTo ?? ""),
      account: String(r?.account ?? ""),
      policy: policyText(r?.policy),
    })),
    request: {
      Name: String(request.Name ?? ""),
      DurationSeconds: Number.isFinite(request.DurationSeconds) ? request.DurationSeconds : null,
      policyOn: request.Policy !== null && request.Policy !== undefined,
      Policy: policyText(request.Policy),
      PolicyArns: (Array.isArray(request.PolicyArns) ? request.PolicyArns : []).map((a) => String(a?.arn ?? a ?? "")),
      Tags: tags(request.Tags),
    },
    checks: (Array.isArray(d.checks) ? d.checks : []).map((c) => ({
      action: String(c?.action ?? ""),
      resource: String(c?.resource ?? ""),
      context: contextRows(c?.context),
      expect: String(c?.expect ?? ""),
    })),
  };
}

function contextValue(text) {
  const t = text.trim();
  if (t.startsWith("[")) {
    try {
      const v = JSON.parse(t);
      if (Array.isArray(v)) return v;
    } catch {
      // Not a list: sent as the text it is.
    }
  }
  return text;
}

/** toDoc writes a form model as a scenario document (version 1). */
export function toDoc(m) {
  const doc = {
    version: m.version,
    account: m.account,
    region: m.region,
    caller: {
      type: m.caller.type,
      name: m.caller.type === "Root" ? "" : m.caller.name,
      policies: m.caller.policies.slice(),
      permissionsBoundary: m.caller.boundaryOn ? m.caller.boundary : null,
      tags: m.caller.tags.map((t) => ({ ...t })),
    },
    managedPolicies: Object.fromEntries(m.managed.map((p) => [p.arn, p.policy])),
    resourcePolicies: m.resources.map((r) => ({ ...r })),
    request: { Name: m.request.Name },
    checks: m.checks.map((c) => {
      const check = { action: c.action, resource: c.resource, context: Object.fromEntries(c.context.filter((r) => r.key !== "").map((r) => [r.key, contextValue(r.value)])) };
      if (c.expect) check.expect = c.expect;
      return check;
    }),
  };
  if (m.request.DurationSeconds !== null) doc.request.DurationSeconds = m.request.DurationSeconds;
  if (m.request.policyOn) doc.request.Policy = m.request.Policy;
  doc.request.PolicyArns = m.request.PolicyArns.slice();
  doc.request.Tags = m.request.Tags.map((t) => ({ ...t }));
  if (m.clock !== "") doc.clock = m.clock;
  if (m.seed !== "") doc.seed = m.seed;
  return { ...doc, ...m.extra };
}

/**
 * editorSlug maps a diagnostic or trace source to the editor that shows it,
 * or "" for none. The engine names a resource policy's text
 * "resourcePolicies[N].policy" (the document path) and sometimes
 * "resourcePolicies[N]"; both are the same editor.
 */
export function editorSlug(source, model) {
  let m = /^caller\.policies\[(\d+)\]$/.exec(source);
  if (m) return `caller-policies-${m[1]}`;
  if (source === "caller.permissionsBoundary") return "caller-boundary";
  if (source === "request.Policy") return "request-policy";
  m = /^resourcePolicies\[(\d+)\](?:\.policy)?$/.exec(source);
  if (m) return `resource-${m[1]}`;
  m = /^managedPolicies\[(".*")\]$/.exec(source);
  if (m) {
    let arn;
    try {
      arn = JSON.parse(m[1]);
    } catch {
      return "";
    }
    const i = model.managed.findIndex((p) => p.arn === arn);
    return i >= 0 ? `managed-${i}` : "";
  }
  m = /^request\.PolicyArns\[(\d+)\]$/.exec(source);
  if (m) {
    const i = model.managed.findIndex((p) => p.arn === model.request.PolicyArns[Number(m[1])]);
    return i >= 0 ? `managed-${i}` : "";
  }
  return "";
}

/** sourceText is the policy text behind a diagnostic or trace source, or "" when the form has none. */
export function sourceText(source, model) {
  const slug = editorSlug(source, model);
  let m = /^caller-policies-(\d+)$/.exec(slug);
  if (m) return model.caller.policies[Number(m[1])] ?? "";
  if (slug === "caller-boundary") return model.caller.boundary;
  if (slug === "request-policy") return model.request.Policy;
  m = /^resource-(\d+)$/.exec(slug);
  if (m) return model.resources[Number(m[1])]?.policy ?? "";
  m = /^managed-(\d+)$/.exec(slug);
  if (m) return model.managed[Number(m[1])]?.policy ?? "";
  return "";
}

/** sourceLabel names a source for people. */
export function sourceLabel(source, model) {
  let m = /^caller\.policies\[(\d+)\]$/.exec(source);
  if (m) return `identity policy ${Number(m[1]) + 1}`;
  if (source === "caller.permissionsBoundary") return "the permissions boundary";
  if (source === "request.Policy") return "the session policy (Policy)";
  m = /^resourcePolicies\[(\d+)\](?:\.policy)?$/.exec(source);
  if (m) {
    const r = model.resources[Number(m[1])];
    return r && r.name ? `resource policy “${r.name}”` : `resource policy ${Number(m[1]) + 1}`;
  }
  m = /^managedPolicies\[(".*")\]$/.exec(source);
  if (m) return `managed policy ${m[1]}`;
  m = /^request\.PolicyArns\[(\d+)\]$/.exec(source);
  if (m) return `PolicyArns ${Number(m[1]) + 1}`;
  return source;
}
