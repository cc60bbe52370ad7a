// form.js builds the inputs column from a form model: the caller, the
// GetFederationToken request, managed and resource-based policies, the
// checks and the scenario settings. Every edit changes the model and calls
// onChange; adding or removing an item redraws the form.
import { h, replace } from "../dom.js";
import { createEditor, formatView, showDiagnostics, showDeciding } from "../editors.js";
import { input, select, checkbox, button, keyValueRows } from "./fields.js";
import { isHeld, moreFields } from "./model.js";

const EXPECT = [
  ["", "(no expectation)"],
  ["allowed", "Allowed"],
  ["explicitDeny", "Explicit deny"],
  ["implicitDeny", "Implicit deny"],
];

export class ScenarioForm {
  /**
   * @param {HTMLElement} root where the form goes
   * @param {() => void} onChange called after every edit
   */
  constructor(root, onChange) {
    this.root = root;
    this.onChange = onChange;
    this.editors = new Map();
    this.identityTab = 0;
    this.model = null;
    /** readOnly shows the scenario without letting it be changed (embeds with readonly=1). */
    this.readOnly = false;
  }

  /** setModel shows a new model. */
  setModel(model) {
    this.model = model;
    this.identityTab = 0;
    this.render();
  }

  /** render redraws the whole form; focusTestId is focused afterwards. */
  render(focusTestId) {
    for (const { view } of this.editors.values()) view.destroy();
    this.editors.clear();
    const m = this.model;
    const rerender = (focus) => this.render(focus);
    const changed = () => this.onChange();
    replace(
      this.root,
      this.callerSection(m, rerender, changed),
      this.requestSection(m, rerender, changed),
      this.managedSection(m, rerender, changed),
      this.resourceSection(m, rerender, changed),
      this.checksSection(m, rerender, changed),
      this.settingsSection(m, changed),
      this.moreSection(m, rerender, changed),
    );
    if (this.readOnly) {
      for (const el of this.root.querySelectorAll("input, select, button:not([role=tab])")) el.disabled = true;
    }
    if (focusTestId) this.root.querySelector(`[data-testid="${focusTestId}"]`)?.focus();
  }

  editor(slug, label, text, onText) {
    const labelId = `label-${slug}`;
    const holder = h("div", { class: "editor-holder" });
    const box = h(
      "div",
      { class: "editor-box" },
      h(
        "div",
        { class: "editor-head" },
        h("label", { id: labelId, class: "editor-label" }, label),
        button({ testId: `format-${slug}`, label: "Format", ariaLabel: `Format ${label}`, cls: "small", onClick: () => formatView(this.editors.get(slug).view) }),
      ),
      holder,
      h("small", { class: "hint" }, "Once you type, Tab indents; press Escape then Tab to leave the editor. Shift+Alt+F formats."),
    );
    const view = createEditor({ parent: holder, text, labelId, testId: `editor-${slug}`, readOnly: this.readOnly, onChange: (t) => (onText(t), this.onChange()) });
    this.editors.set(slug, { view, box });
    return box;
  }

  /**
   * held returns, for a field the form does not edit as it is (a value of
   * another type), a note that points to More fields; null otherwise.
   */
  held(node, key, path) {
    if (!isHeld(node, key)) return null;
    return h("p", { class: "held-note", "data-testid": `held-${path}` }, h("code", {}, path), " has a value the form does not edit; it is kept as it is, under ", h("a", { href: "#more-fields" }, "More fields"), ".");
  }

  /** moreSection lists the fields the form does not edit, each with its value and a Remove button. */
  moreSection(m, rerender, changed) {
    const fields = moreFields(m);
    if (!fields.length) return null;
    return h(
      "section",
      { class: "card more-fields", id: "more-fields", tabindex: "-1", "aria-labelledby": "h-more", "data-pane": "inputs", "data-testid": "more-fields" },
      h("h2", { id: "h-more" }, "More fields"),
      h("p", { class: "hint" }, "Fields of the document that the form does not edit: unknown fields, and values of a type the form does not change. They are sent to the engine exactly as they are, as the CLI would read them; remove one to take it out of the document."),
      h(
        "ul",
        { class: "more-list" },
        fields.map((f, i) =>
          h(
            "li",
            { "data-testid": `more-field-${i}`, "data-path": f.path },
            h("code", { class: "more-path" }, f.path),
            " = ",
            h("code", { class: "more-value" }, preview(f.value)),
            h("span", { class: "more-error", "data-testid": `more-field-error-${i}` }),
            button({ testId: `more-field-remove-${i}`, label: "Remove", ariaLabel: `Remove the field ${f.path}`, cls: "small", onClick: () => (f.remove(), rerender(fields.length > 1 ? `more-field-remove-${Math.min(i, fields.length - 2)}` : "check-add"), changed()) }),
          ),
        ),
      ),
    );
  }

  /** showMoreErrors puts the engine's message for a held field next to it. */
  showMoreErrors(diagnostics) {
    for (const li of this.root.querySelectorAll(".more-list > li")) {
      const p = li.dataset.path;
      const d = diagnostics.find((x) => x.source === "scenario" && (x.path === p || x.path.startsWith(`${p}.`) || x.path.startsWith(`${p}[`)));
      const box = li.querySelector(".more-error");
      box.textContent = d ? `Error: ${d.message}` : "";
    }
  }

  callerSection(m, rerender, changed) {
    const held = this.held(m, "caller", "caller");
    if (held) return h("section", { class: "card", "aria-labelledby": "h-caller", "data-pane": "inputs" }, h("h2", { id: "h-caller" }, "Caller of GetFederationToken"), held);
    const c = m.caller;
    const tabs = h(
      "div",
      { class: "tabs", role: "tablist", "aria-label": "Identity policies" },
      c.policies.map((_, i) =>
        h(
          "button",
          {
            type: "button",
            role: "tab",
            id: `identity-tab-${i}`,
            "aria-selected": String(i === this.identityTab),
            "aria-controls": `identity-panel-${i}`,
            tabindex: i === this.identityTab ? "0" : "-1",
            "data-testid": `identity-tab-${i}`,
            onclick: () => this.selectIdentityTab(i),
            onkeydown: (e) => this.tabKeys(e, i, c.policies.length),
          },
          `Policy ${i + 1}`,
        ),
      ),
    );
    const panels = c.policies.map((text, i) =>
      h(
        "div",
        { role: "tabpanel", id: `identity-panel-${i}`, "aria-labelledby": `identity-tab-${i}`, hidden: i !== this.identityTab, "data-testid": `identity-panel-${i}` },
        this.editor(`caller-policies-${i}`, `Identity policy ${i + 1}`, text, (t) => (c.policies[i] = t)),
        button({ testId: `identity-remove-${i}`, label: `Remove policy ${i + 1}`, cls: "small", onClick: () => (c.policies.splice(i, 1), (this.identityTab = Math.max(0, i - 1)), rerender(), changed()) }),
      ),
    );
    return h(
      "section",
      { class: "card", "aria-labelledby": "h-caller", "data-pane": "inputs" },
      h("h2", { id: "h-caller" }, "Caller of GetFederationToken"),
      h(
        "div",
        { class: "grid2" },
        this.held(c, "type", "caller.type") || select({ testId: "caller-type", label: "Caller type", value: c.type, options: [["IAMUser", "IAM user"], ["Root", "Root user of the account"]], onChange: (v) => ((c.type = v), rerender("caller-type"), changed()) }),
        c.type === "IAMUser" ? this.held(c, "name", "caller.name") || input({ testId: "caller-name", label: "IAM user name", value: c.name, onInput: (v) => ((c.name = v), changed()) }) : null,
        c.type === "IAMUser" ? this.held(c, "path", "caller.path") || input({ testId: "caller-path", label: "IAM path (optional)", value: c.path, placeholder: "/", hint: "Such as /eng/; part of the user's ARN", onInput: (v) => ((c.path = v), changed()) }) : null,
        c.type === "IAMUser" ? this.held(c, "userId", "caller.userId") || input({ testId: "caller-user-id", label: "IAM user ID (optional)", value: c.userId, placeholder: "AIDA…", onInput: (v) => ((c.userId = v), changed()) }) : null,
      ),
      c.type === "IAMUser"
        ? [
            h("h3", {}, "Identity-based policies"),
            this.held(c, "policies", "caller.policies") || [tabs,
            panels,
            button({ testId: "identity-add", label: "+ Add identity policy", cls: "small", onClick: () => (c.policies.push('{\n  "Version": "2012-10-17",\n  "Statement": []\n}\n'), (this.identityTab = c.policies.length - 1), rerender(`identity-tab-${c.policies.length - 1}`), changed()) })],
            h("h3", {}, "Permissions boundary"),
            this.held(c, "permissionsBoundary", "caller.permissionsBoundary") || checkbox({ testId: "boundary-enabled", label: "The IAM user has a permissions boundary", checked: c.boundaryOn, onChange: (v) => ((c.boundaryOn = v), v && !c.boundary && (c.boundary = '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow", "Action": "*", "Resource": "*" }\n  ]\n}\n'), rerender("boundary-enabled"), changed()) }),
            c.boundaryOn && !isHeld(c, "permissionsBoundary") ? this.editor("caller-boundary", "Permissions boundary", c.boundary, (t) => (c.boundary = t)) : null,
            h("h3", {}, "Tags on the IAM user"),
            this.held(c, "tags", "caller.tags") || keyValueRows({ prefix: "caller-tag", noun: "Caller tag", rows: c.tags, onChange: changed, rerender }),
          ]
        : h("p", { class: "hint" }, "The root user is allowed to call GetFederationToken; its sessions last at most one hour."),
    );
  }

  selectIdentityTab(i) {
    this.identityTab = i;
    for (const tab of this.root.querySelectorAll('[role="tab"][id^="identity-tab-"]')) {
      const on = tab.id === `identity-tab-${i}`;
      tab.setAttribute("aria-selected", String(on));
      tab.tabIndex = on ? 0 : -1;
    }
    for (const panel of this.root.querySelectorAll('[role="tabpanel"][id^="identity-panel-"]')) {
      panel.hidden = panel.id !== `identity-panel-${i}`;
    }
    this.editors.get(`caller-policies-${i}`)?.view.requestMeasure();
  }

  tabKeys(e, i, n) {
    let next = null;
    if (e.key === "ArrowRight") next = (i + 1) % n;
    else if (e.key === "ArrowLeft") next = (i + n - 1) % n;
    else if (e.key === "Home") next = 0;
    else if (e.key === "End") next = n - 1;
    if (next === null) return;
    e.preventDefault();
    this.selectIdentityTab(next);
    this.root.querySelector(`#identity-tab-${next}`)?.focus();
  }

  requestSection(m, rerender, changed) {
    const held = this.held(m, "request", "request");
    if (held) return h("section", { class: "card", "aria-labelledby": "h-request", "data-pane": "inputs" }, h("h2", { id: "h-request" }, "GetFederationToken request"), held);
    const r = m.request;
    return h(
      "section",
      { class: "card", "aria-labelledby": "h-request", "data-pane": "inputs" },
      h("h2", { id: "h-request" }, "GetFederationToken request"),
      h(
        "div",
        { class: "grid2" },
        this.held(r, "Name", "request.Name") || input({ testId: "request-name", label: "Name", value: r.Name, hint: "2–32 characters: letters, digits and +=,.@-_", onInput: (v) => ((r.Name = v), changed()) }),
        this.held(r, "DurationSeconds", "request.DurationSeconds") || input({
          testId: "request-duration",
          label: "DurationSeconds",
          type: "number",
          value: r.DurationSeconds ?? "",
          hint: "900–129600; empty for the default (43200)",
          attrs: { inputmode: "numeric" },
          onInput: (v) => ((r.DurationSeconds = v.trim() === "" || !Number.isFinite(Number(v)) ? null : Number(v)), changed()),
        }),
      ),
      this.held(r, "Policy", "request.Policy") || checkbox({ testId: "request-policy-enabled", label: "Pass a session policy (Policy)", checked: r.policyOn, onChange: (v) => ((r.policyOn = v), rerender("request-policy-enabled"), changed()) }),
      r.policyOn && !isHeld(r, "Policy") ? this.editor("request-policy", "Session policy (Policy)", r.Policy, (t) => (r.Policy = t)) : null,
      h("h3", {}, "PolicyArns (managed session policies)"),
      this.held(r, "PolicyArns", "request.PolicyArns") || h(
        "div",
        { class: "rows" },
        r.PolicyArns.map((arn, i) =>
          h(
            "div",
            { class: "row" },
            input({ testId: `request-policy-arn-${i}`, label: `Policy ARN ${i + 1}`, value: arn, onInput: (v) => ((r.PolicyArns[i] = v), changed()) }),
            button({ testId: `request-policy-arn-remove-${i}`, label: "Remove", ariaLabel: `Remove policy ARN ${i + 1}`, cls: "small", onClick: () => (r.PolicyArns.splice(i, 1), rerender(), changed()) }),
          ),
        ),
        button({ testId: "request-policy-arn-add", label: "+ Add policy ARN", cls: "small", onClick: () => (r.PolicyArns.push(m.managed[0]?.arn ?? `arn:aws:iam::${m.account}:policy/`), rerender(`request-policy-arn-${r.PolicyArns.length - 1}`), changed()) }),
      ),
      h("h3", {}, "Session tags (Tags)"),
      this.held(r, "Tags", "request.Tags") || keyValueRows({ prefix: "request-tag", noun: "Session tag", rows: r.Tags, onChange: changed, rerender }),
      h("h3", {}, "Expected outcome"),
      this.held(m, "expectError", "expectError") ||
        input({ testId: "expect-error", label: "The call should fail with (expectError)", value: m.expectError, placeholder: "AccessDenied", hint: "An STS error code; empty when the call should succeed", onInput: (v) => ((m.expectError = v), changed()) }),
    );
  }

  managedSection(m, rerender, changed) {
    return h(
      "section",
      { class: "card", "aria-labelledby": "h-managed", "data-pane": "inputs" },
      h("h2", { id: "h-managed" }, "Managed policies in the account"),
      h("p", { class: "hint" }, "Policies that PolicyArns can name."),
      this.held(m, "managedPolicies", "managedPolicies") || [m.managed.map((p, i) =>
        h(
          "div",
          { class: "item" },
          input({ testId: `managed-arn-${i}`, label: `Managed policy ${i + 1} ARN`, value: p.arn, onInput: (v) => ((p.arn = v), changed()) }),
          this.editor(`managed-${i}`, `Managed policy ${i + 1}`, p.policy, (t) => (p.policy = t)),
          button({ testId: `managed-remove-${i}`, label: `Remove managed policy ${i + 1}`, cls: "small", onClick: () => (m.managed.splice(i, 1), rerender(), changed()) }),
        ),
      ),
      button({
        testId: "managed-add",
        label: "+ Add managed policy",
        cls: "small",
        onClick: () => (m.managed.push({ arn: `arn:aws:iam::${m.account}:policy/Policy${m.managed.length + 1}`, policy: '{\n  "Version": "2012-10-17",\n  "Statement": []\n}\n' }), rerender(`managed-arn-${m.managed.length - 1}`), changed()),
      })],
    );
  }

  resourceSection(m, rerender, changed) {
    return h(
      "section",
      { class: "card", "aria-labelledby": "h-resource", "data-pane": "inputs" },
      h("h2", { id: "h-resource" }, "Resource-based policies"),
      h("p", { class: "hint" }, "Policies attached to a resource, such as a bucket policy. One that names the federated user (arn:aws:sts::ACCOUNT:federated-user/NAME) as Principal can grant access by itself."),
      this.held(m, "resourcePolicies", "resourcePolicies") || [m.resources.map((r, i) =>
        h(
          "div",
          { class: "item" },
          h(
            "div",
            { class: "grid3" },
            this.held(r, "name", `resourcePolicies[${i}].name`) || input({ testId: `resource-name-${i}`, label: `Resource policy ${i + 1} name`, value: r.name, onInput: (v) => ((r.name = v), changed()) }),
            this.held(r, "attachedTo", `resourcePolicies[${i}].attachedTo`) || input({ testId: `resource-attached-${i}`, label: "Attached to (ARN)", value: r.attachedTo, onInput: (v) => ((r.attachedTo = v), changed()) }),
            this.held(r, "account", `resourcePolicies[${i}].account`) || input({ testId: `resource-account-${i}`, label: "Owning account", value: r.account, onInput: (v) => ((r.account = v), changed()) }),
          ),
          this.held(r, "policy", `resourcePolicies[${i}].policy`) || this.editor(`resource-${i}`, `Resource policy ${i + 1}`, r.policy, (t) => (r.policy = t)),
          button({ testId: `resource-remove-${i}`, label: `Remove resource policy ${i + 1}`, cls: "small", onClick: () => (m.resources.splice(i, 1), rerender(), changed()) }),
        ),
      ),
      button({
        testId: "resource-add",
        label: "+ Add resource-based policy",
        cls: "small",
        onClick: () => (
          m.resources.push({ name: "bucket policy", attachedTo: "arn:aws:s3:::example-bucket", account: m.account, policy: '{\n  "Version": "2012-10-17",\n  "Statement": []\n}\n' }),
          rerender(`resource-name-${m.resources.length - 1}`),
          changed()
        ),
      })],
    );
  }

  checksSection(m, rerender, changed) {
    return h(
      "section",
      { class: "card", "aria-labelledby": "h-checks-in", "data-pane": "inputs" },
      h("h2", { id: "h-checks-in" }, "Checks (requests made with the session)"),
      this.held(m, "checks", "checks") || [m.checks.map((c, i) =>
        h(
          "fieldset",
          { class: "item" },
          h("legend", {}, `Check ${i + 1}`),
          h(
            "div",
            { class: "check-grid" },
            this.held(c, "action", `checks[${i}].action`) || input({ testId: `check-action-${i}`, label: "Action", value: c.action, placeholder: "s3:GetObject", onInput: (v) => ((c.action = v), changed()) }),
            this.held(c, "resource", `checks[${i}].resource`) || input({ testId: `check-resource-${i}`, label: "Resource (ARN)", value: c.resource, placeholder: "arn:aws:s3:::bucket/key", onInput: (v) => ((c.resource = v), changed()) }),
            this.held(c, "expect", `checks[${i}].expect`) || select({ testId: `check-expect-${i}`, label: "Expected", value: c.expect, options: EXPECT, onChange: (v) => ((c.expect = v), changed()) }),
          ),
          c.context.length ? h("h4", {}, "Context keys") : null,
          this.held(c, "context", `checks[${i}].context`) || keyValueRows({ prefix: `check-context-${i}`, noun: `Check ${i + 1} context key`, rows: c.context, keyName: "key", valueName: "value", keyLabel: "Name", valueLabel: "Value", onChange: changed, rerender, extra: button({ testId: `check-remove-${i}`, label: `Remove check ${i + 1}`, cls: "small", onClick: () => (m.checks.splice(i, 1), rerender(), changed()) }) }),
        ),
      ),
      button({ testId: "check-add", label: "+ Add check", cls: "small", onClick: () => (m.checks.push({ action: "s3:GetObject", resource: "arn:aws:s3:::example-bucket/key", context: [], expect: "" }), rerender(`check-action-${m.checks.length - 1}`), changed()) })],
    );
  }

  settingsSection(m, changed) {
    return h(
      "details",
      { class: "card", "data-pane": "inputs" },
      h("summary", {}, h("h2", { class: "inline" }, "Scenario settings"), " ", h("span", { class: "muted settings-summary", "data-testid": "settings-summary" }, settingsSummary(m))),
      h(
        "div",
        { class: "grid2" },
        this.held(m, "account", "account") || input({ testId: "account", label: "Account ID", value: m.account, placeholder: "123456789012", onInput: (v) => ((m.account = v), changed()) }),
        this.held(m, "region", "region") || input({ testId: "region", label: "Region", value: m.region, placeholder: "us-east-1", onInput: (v) => ((m.region = v), changed()) }),
        this.held(m, "partition", "partition") || input({ testId: "partition", label: "Partition", value: m.partition, placeholder: "aws", hint: "aws, aws-cn or aws-us-gov; empty for aws", onInput: (v) => ((m.partition = v), changed()) }),
        this.held(m, "clock", "clock") || input({ testId: "clock", label: "Clock (request time, RFC 3339)", value: m.clock, onInput: (v) => ((m.clock = v), changed()) }),
        this.held(m, "seed", "seed") || input({ testId: "seed", label: "Seed for generated credentials", value: m.seed, onInput: (v) => ((m.seed = v), changed()) }),
      ),
    );
  }

  /** showDiagnostics puts each editor's diagnostics in its lint gutter. */
  showDiagnostics(bySlug) {
    for (const [slug, { view }] of this.editors) showDiagnostics(view, bySlug.get(slug) || []);
  }

  /** showDeciding highlights the deciding statements; it opens the identity tab that holds one. */
  showDeciding(bySlug) {
    for (const [slug, { view }] of this.editors) showDeciding(view, bySlug.get(slug) || []);
    const tab = [...bySlug.keys()].map((s) => /^caller-policies-(\d+)$/.exec(s)).find(Boolean);
    if (tab && Number(tab[1]) !== this.identityTab) this.selectIdentityTab(Number(tab[1]));
  }

  /** focusEditor moves the cursor of one editor to a line and column and focuses it. */
  focusEditor(slug, line, column, toOffset) {
    const e = this.editors.get(slug);
    if (!e) return false;
    const tab = /^caller-policies-(\d+)$/.exec(slug);
    if (tab) this.selectIdentityTab(Number(tab[1]));
    const pos = toOffset(e.view.state.doc, line, column);
    e.view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
    e.view.focus();
    return true;
  }
}

/** preview is a field's value as compact JSON, cut after 200 characters. */
function preview(value) {
  const text = JSON.stringify(value) ?? "undefined";
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** settingsSummary says what the collapsed settings hold, e.g. "account 123456789012 · us-east-1 · partition aws". */
function settingsSummary(m) {
  const text = (v) => (typeof v === "string" ? v : "");
  return [
    `account ${text(m.account) || "123456789012"}`,
    text(m.region) || "us-east-1",
    `partition ${text(m.partition) || "aws"}`,
    m.clock ? `clock ${m.clock}` : "clock: now",
    m.seed ? "seeded" : "",
  ].filter(Boolean).join(" · ");
}
