// model.js converts between the scenario document (the engine's format,
// version 1) and the form model the page edits, without loss: toDoc of
// toModel gives back the same document, field for field and in the same
// order. The model keeps policies as the user's exact text, managed
// policies as an ordered list (so that an ARN can be edited), and the text
// of a switched-off boundary or session policy (so that unticking a box
// never loses text).
//
// The form never converts a value it cannot edit as it is. A field the
// form does not know (such as {"bogus": true}, or a field a newer engine
// reads) and a known field whose value has a type the form does not edit
// (such as "Name": 55) are held: kept in the document exactly as they are,
// so that the engine reads them and gives its own answer (the CLI's), and
// listed by moreFields so that the page can show them and let the user
// remove them.

/** SHAPE holds, on each model object, the keys of its document object in order and its held fields. */
const SHAPE = Symbol("shape");
/** OBJECT_POLICIES maps the editor text of each policy given as a JSON object to that object. */
const OBJECT_POLICIES = Symbol("objectPolicies");

const isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const isStr = (v) => typeof v === "string";
const isPolicy = (v) => isStr(v) || isObj(v);
const isTagList = (v) => Array.isArray(v) && v.every((t) => isObj(t) && isStr(t.Key) && isStr(t.Value));
const EXPECTS = ["", "allowed", "explicitDeny", "implicitDeny"];

const clone = (v) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));

/**
 * The fields the form edits, per object, with the values it can edit as
 * they are. Any other field, or a value that fails its test, is held.
 */
const SPEC = {
  root: {
    version: (v) => v === 1,
    account: isStr,
    region: isStr,
    partition: isStr,
    caller: isObj,
    managedPolicies: (v) => isObj(v) && Object.values(v).every(isPolicy),
    resourcePolicies: (v) => Array.isArray(v) && v.every(isObj),
    request: isObj,
    clock: isStr,
    seed: isStr,
    expectError: isStr,
    checks: (v) => Array.isArray(v) && v.every(isObj),
  },
  caller: {
    type: (v) => v === "IAMUser" || v === "Root",
    name: isStr,
    path: isStr,
    userId: isStr,
    policies: (v) => Array.isArray(v) && v.every(isPolicy),
    permissionsBoundary: (v) => v === null || isPolicy(v),
    tags: isTagList,
  },
  request: {
    Name: isStr,
    DurationSeconds: (v) => Number.isInteger(v),
    Policy: isPolicy,
    PolicyArns: (v) => Array.isArray(v) && v.every(isStr),
    Tags: isTagList,
  },
  tag: { Key: isStr, Value: isStr },
  resource: { name: isStr, attachedTo: isStr, account: isStr, policy: isPolicy },
  check: { action: isStr, resource: isStr, context: isObj, expect: (v) => EXPECTS.includes(v) },
};

/** A context value the form edits as text: a string that does not read as a JSON list, or a list of strings. */
function editableContextValue(v) {
  if (Array.isArray(v)) return v.every(isStr);
  if (!isStr(v)) return false;
  return contextValue(v) === v;
}

/** read splits a document object into the values the form edits and its shape (key order, held fields). */
function read(obj, spec) {
  const shape = { keys: [], held: {} };
  const vals = {};
  for (const [k, v] of Object.entries(isObj(obj) ? obj : {})) {
    shape.keys.push(k);
    if (Object.hasOwn(spec, k) && spec[k](v)) vals[k] = v;
    else shape.held[k] = clone(v);
  }
  return { vals, shape };
}

function withShape(node, shape) {
  Object.defineProperty(node, SHAPE, { value: shape, enumerable: false, writable: true });
  return node;
}

function shapeOf(node) {
  return node?.[SHAPE] || { keys: [], held: {} };
}

/** isHeld reports whether a field of a model object is held (kept as it is, not editable in the form). */
export function isHeld(node, key) {
  return Object.hasOwn(shapeOf(node).held, key);
}

/**
 * emit writes a document object: the fields of the original in their
 * order (held ones as they were), then fields the form added. entries are
 * [key, value, isDefault]: a value of undefined is absent; a field that
 * was absent stays absent while its value is the default.
 */
function emit(node, entries) {
  const shape = shapeOf(node);
  const byKey = new Map(entries.map(([k, v, isDefault]) => [k, { v, isDefault }]));
  const out = {};
  for (const k of [...shape.keys, ...byKey.keys()]) {
    if (Object.hasOwn(out, k)) continue;
    if (Object.hasOwn(shape.held, k)) {
      out[k] = clone(shape.held[k]);
      continue;
    }
    const e = byKey.get(k);
    if (!e || e.v === undefined) continue;
    if (shape.keys.includes(k) || !e.isDefault) out[k] = e.v;
  }
  return out;
}

/** policyText turns a POLICY (object or string) into editor text. */
export function policyText(p) {
  if (p === null || p === undefined) return "";
  return typeof p === "string" ? p : JSON.stringify(p, null, 2);
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

function tagsOf(list) {
  return (list || []).map((t) => {
    const { vals, shape } = read(t, SPEC.tag);
    return withShape({ Key: vals.Key, Value: vals.Value }, shape);
  });
}

function tagsOut(rows) {
  return rows.map((t) => emit(t, [["Key", t.Key, false], ["Value", t.Value, false]]));
}

/** toModel reads a scenario document into a form model. */
export function toModel(doc) {
  const objectPolicies = new Map();
  const stringPolicies = new Set();
  const text = (p) => {
    if (isStr(p)) {
      stringPolicies.add(p);
      return p;
    }
    if (p === null || p === undefined) return "";
    const t = policyText(p);
    objectPolicies.set(t, p);
    return t;
  };
  const root = read(doc, SPEC.root);
  const d = root.vals;
  const c = read(d.caller, SPEC.caller);
  const r = read(d.request, SPEC.request);
  const m = withShape(
    {
      version: 1,
      account: d.account ?? "",
      region: d.region ?? "",
      partition: d.partition ?? "",
      clock: d.clock ?? "",
      seed: d.seed ?? "",
      expectError: d.expectError ?? "",
      caller: withShape(
        {
          type: c.vals.type ?? "IAMUser",
          name: c.vals.name ?? "",
          path: c.vals.path ?? "",
          userId: c.vals.userId ?? "",
          policies: (c.vals.policies || []).map(text),
          boundaryOn: c.vals.permissionsBoundary !== null && c.vals.permissionsBoundary !== undefined,
          boundary: text(c.vals.permissionsBoundary),
          tags: tagsOf(c.vals.tags),
        },
        c.shape,
      ),
      managed: Object.entries(d.managedPolicies || {}).map(([arn, p]) => ({ arn, policy: text(p) })),
      resources: (d.resourcePolicies || []).map((x) => {
        const { vals, shape } = read(x, SPEC.resource);
        return withShape({ name: vals.name ?? "", attachedTo: vals.attachedTo ?? "", account: vals.account ?? "", policy: text(vals.policy) }, shape);
      }),
      request: withShape(
        {
          Name: r.vals.Name ?? "",
          DurationSeconds: r.vals.DurationSeconds ?? null,
          policyOn: r.vals.Policy !== undefined,
          Policy: text(r.vals.Policy),
          PolicyArns: (r.vals.PolicyArns || []).slice(),
          Tags: tagsOf(r.vals.Tags),
        },
        r.shape,
      ),
      checks: (d.checks || []).map((x) => {
        const { vals, shape } = read(x, SPEC.check);
        const ctxShape = { keys: [], held: {} };
        const context = [];
        for (const [key, value] of Object.entries(vals.context || {})) {
          ctxShape.keys.push(key);
          if (editableContextValue(value)) context.push({ key, value: isStr(value) ? value : JSON.stringify(value) });
          else ctxShape.held[key] = clone(value);
        }
        const check = withShape({ action: vals.action ?? "", resource: vals.resource ?? "", context, expect: vals.expect ?? "" }, shape);
        Object.defineProperty(check, "contextShape", { value: ctxShape, enumerable: false, writable: true });
        return check;
      }),
    },
    root.shape,
  );
  for (const t of stringPolicies) objectPolicies.delete(t);
  Object.defineProperty(m, OBJECT_POLICIES, { value: objectPolicies, enumerable: false });
  return m;
}

/** toDoc writes a form model as a scenario document (version 1). */
export function toDoc(m) {
  const objects = m[OBJECT_POLICIES] || new Map();
  const pol = (t) => (objects.has(t) ? clone(objects.get(t)) : t);
  const c = m.caller;
  const r = m.request;
  const caller = emit(c, [
    ["type", c.type, c.type === "IAMUser"],
    ["name", c.name, c.name === ""],
    ["path", c.path, c.path === ""],
    ["userId", c.userId, c.userId === ""],
    ["policies", c.policies.map(pol), c.policies.length === 0],
    ["permissionsBoundary", c.boundaryOn ? pol(c.boundary) : null, !c.boundaryOn],
    ["tags", tagsOut(c.tags), c.tags.length === 0],
  ]);
  const request = emit(r, [
    ["Name", r.Name, r.Name === ""],
    ["DurationSeconds", r.DurationSeconds ?? undefined, false],
    ["Policy", r.policyOn ? pol(r.Policy) : undefined, false],
    ["PolicyArns", r.PolicyArns.slice(), r.PolicyArns.length === 0],
    ["Tags", tagsOut(r.Tags), r.Tags.length === 0],
  ]);
  const checks = m.checks.map((x) => {
    const ctxShape = x.contextShape || { keys: [], held: {} };
    const ctxNode = withShape({}, ctxShape);
    const context = emit(
      ctxNode,
      x.context.filter((row) => row.key !== "").map((row) => [row.key, contextValue(row.value), false]),
    );
    return emit(x, [
      ["action", x.action, x.action === ""],
      ["resource", x.resource, x.resource === ""],
      ["context", context, Object.keys(context).length === 0],
      ["expect", x.expect, x.expect === ""],
    ]);
  });
  return emit(m, [
    ["version", 1, true],
    ["account", m.account, m.account === ""],
    ["region", m.region, m.region === ""],
    ["partition", m.partition, m.partition === ""],
    ["caller", caller, Object.keys(caller).length === 0],
    ["managedPolicies", Object.fromEntries(m.managed.map((p) => [p.arn, pol(p.policy)])), m.managed.length === 0],
    ["resourcePolicies", m.resources.map((x) => emit(x, [["name", x.name, x.name === ""], ["attachedTo", x.attachedTo, x.attachedTo === ""], ["account", x.account, x.account === ""], ["policy", pol(x.policy), x.policy === ""]])), m.resources.length === 0],
    ["request", request, Object.keys(request).length === 0],
    ["clock", m.clock, m.clock === ""],
    ["seed", m.seed, m.seed === ""],
    ["expectError", m.expectError, m.expectError === ""],
    ["checks", checks, m.checks.length === 0],
  ]);
}

function pathOf(base, key) {
  const plain = /^[A-Za-z_$][\w$]*$/.test(key);
  const part = plain ? key : `[${JSON.stringify(key)}]`;
  if (!base) return plain ? key : part;
  return plain ? `${base}.${key}` : `${base}${part}`;
}

/**
 * moreFields lists the held fields of a model, each as {path, value,
 * remove}: path is the field's place in the document (such as
 * "caller.bogus" or "request.Name"), value its JSON value, and remove()
 * takes it out of the document.
 */
export function moreFields(m) {
  const out = [];
  const visit = (node, base, shape = shapeOf(node)) => {
    for (const [key, value] of Object.entries(shape.held)) {
      out.push({
        path: pathOf(base, key),
        value,
        remove: () => {
          delete shape.held[key];
          shape.keys = shape.keys.filter((k) => k !== key);
        },
      });
    }
  };
  visit(m, "");
  visit(m.caller, "caller");
  m.caller.tags.forEach((t, i) => visit(t, `caller.tags[${i}]`));
  m.resources.forEach((x, i) => visit(x, `resourcePolicies[${i}]`));
  visit(m.request, "request");
  m.request.Tags.forEach((t, i) => visit(t, `request.Tags[${i}]`));
  m.checks.forEach((x, i) => {
    visit(x, `checks[${i}]`);
    if (x.contextShape) visit(null, `checks[${i}].context`, x.contextShape);
  });
  return out;
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
