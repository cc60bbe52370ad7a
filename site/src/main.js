// main.js starts the stsplay playground page: it loads the engine in a Web
// Worker, opens the first preset (or the scenario of a share link), and
// recomputes the results on every edit.
//
// Stable data-testid values (for the browser tests in e2e/):
//   header:   preset-select, reset-preset, share-button, share-toggle, present-toggle,
//             theme-select, jump-results, engine-version, engine-status, live-status,
//             share-message, engine-message, timeout-message, embed-open-link, preset-title,
//             preset-teaches, preset-quote, preset-source, switch-notice, switch-undo,
//             sandbox-message
//   share:    share-panel, share-link, share-copy, share-qr, share-length, embed-pane-PANE,
//             embed-theme, embed-readonly, embed-id, embed-code, embed-copy, embed-host-script
//   caller:   caller-type, caller-name, identity-tab-N, identity-panel-N, identity-add,
//             identity-remove-N, editor-caller-policies-N (editor-…-input is the text area),
//             boundary-enabled, editor-caller-boundary, caller-tag-key-N, caller-tag-value-N,
//             caller-tag-add, caller-tag-remove-N
//   request:  request-name, request-duration, request-policy-enabled, editor-request-policy,
//             request-policy-arn-N, request-policy-arn-add, request-policy-arn-remove-N,
//             request-tag-key-N, request-tag-value-N, request-tag-add, request-tag-remove-N
//   managed:  managed-arn-N, editor-managed-N, managed-add, managed-remove-N
//   resource: resource-name-N, resource-attached-N, resource-account-N, editor-resource-N,
//             resource-add, resource-remove-N
//   checks:   check-action-N, check-resource-N, check-expect-N, check-context-N-key-M,
//             check-context-N-value-M, check-context-N-add, check-context-N-remove-M,
//             check-add, check-remove-N
//   caller+:  caller-path, caller-user-id, expect-error, held-PATH (a field kept as it is)
//   more:     more-fields, more-field-N (data-path), more-field-error-N, more-field-remove-N
//   settings: account, region, partition, clock, seed, settings-summary
//   json:     json-pane, json-output (lines json-line-N), json-size, run-local, copy-json,
//             download-json, json-import-box, json-import-text, json-import-file,
//             json-import-errors, json-import
//   editors:  format-SLUG (SLUG = caller-policies-N, caller-boundary, request-policy,
//             managed-N, resource-N)
//   results:  response-status (data-status), error-code, error-message, session-arn,
//             principal-tags, session-facts, duration-capped, authorization, authorization-N, call-expectation (data-pass),
//             xml-output, copy-xml, wire-output, copy-wire, code-tab-cli, code-tab-js,
//             code-tab-go, code-tab-python, code-output (data-lang), copy-code,
//             check-result-N, check-decision-N (data-decision), check-expect-result-N
//             (data-pass), explanation, explanation-summary, explanation-steps,
//             explanation-step-ID (data-outcome), explanation-sets, diagram,
//             diagram-svg (data-landing), problems, problem-N, problems-none,
//             FIELD-error (the message under a field, e.g. request-name-error; the
//             field itself gets aria-invalid="true")
import { byId, h, replace, breakable } from "./dom.js";
import { EngineClient, TimeoutError } from "./engine/client.js";
import { ScenarioForm } from "./form/form.js";
import { toModel, toDoc, editorSlug, sourceLabel, sourceText } from "./form/model.js";
import { excerpt } from "./excerpt.js";
import { encode, decode, hasScenario, contentHash, ShareError } from "./share.js";
import { readEmbed, applyEmbed, playgroundURL, reportHeight, embedCode, hostScript, PANES } from "./embed.js";
import { renderChecks, summarize } from "./render/checks.js";
import { renderExplanation } from "./render/explain.js";
import { renderDiagram, landingText } from "./render/diagram.js";
import { renderResponse } from "./render/response.js";
import { renderWire, CodePanes } from "./render/request.js";
import { renderProblems } from "./render/problems.js";
import { JsonPane, parseObject } from "./render/json-pane.js";
import { toOffset } from "./editors.js";
import { fieldErrors, showFieldErrors, scenarioField } from "./form/field-errors.js";
import { copyText } from "./copy.js";
import { qrSVG } from "./qr.js";
import * as storage from "./storage.js";
import { CatalogUI } from "./catalog-ui.js";

/* global __WORKER_FILE__ */
const DEBOUNCE_MS = 250;

const embed = readEmbed(window.location);
const live = byId("live-status");
const engineStatus = byId("engine-status");
const form = new ScenarioForm(byId("inputs"), () => edited());
form.readOnly = embed.readOnly;
const code = new CodePanes(byId("code"), live);
const client = new EngineClient({ workerURL: new URL(__WORKER_FILE__, import.meta.url) });
const jsonPane = new JsonPane(byId("json-pane"), {
  status: live,
  decode: async (text) => JSON.parse(await client.decode(text)).errors || [],
  onImport: (text) => switchTo(text, matchPreset(parseObject(text)), "Imported a scenario document."),
});
const catalogUI = new CatalogUI({
  workerURL: new URL(__WORKER_FILE__, import.meta.url),
  form,
  live,
  onChange: () => catalogChanged(),
  onReady: () => catalogArrived(),
  onCheckAdded: (i) => (selectedCheck = i),
});
let catalogStarted = false;

let engineVersion = "";
let presets = [];
let selectedCheck = 0;
let lastResult = null;
let lastDoc = "";
let timer = 0;
let running = false;
let queued = false;
/** docText is the exact document the engine runs, the JSON pane shows and the CLI would read. */
let docText = "";
/** currentPreset is the preset the scenario on screen started from (null for a link or import of another). */
let currentPreset = null;
/** shareURL is the share link of the scenario as last run. */
let shareURL = "";

/** pretty writes a document as the JSON pane shows it (and as scenario.json is saved). */
const pretty = (doc) => `${JSON.stringify(doc, null, 2)}\n`;

function setStatus(text, cls) {
  engineStatus.textContent = text;
  engineStatus.className = `engine-status ${cls}`;
}

function message(id, text) {
  const el = byId(id);
  el.hidden = !text;
  el.textContent = text || "";
}

/** edited is called after every change in the form: the document is written anew from the form. */
function edited() {
  const d = toDoc(form.model);
  docText = pretty(d);
  // An edit that makes the scenario a preset again shows that preset.
  const same = matchPreset(d);
  if (same) {
    currentPreset = same;
    showPreset(same);
  }
  byId("switch-notice").hidden = true;
  saveDraft();
  updateReset();
  scheduleRun();
}

/**
 * catalogChanged follows the catalog's calls: an edit it made to the form
 * (an added check) is an edit; otherwise (the catalog has loaded) the same
 * document is run again, its exact text kept.
 */
function catalogChanged() {
  if (JSON.stringify(toDoc(form.model)) !== JSON.stringify(parseObject(docText))) edited();
  else scheduleRun();
}

function scheduleRun() {
  clearTimeout(timer);
  setStatus("Editing…", "busy");
  timer = setTimeout(run, DEBOUNCE_MS);
}

async function run() {
  clearTimeout(timer);
  if (running) {
    queued = true;
    return;
  }
  running = true;
  setStatus("Running…", "busy");
  const text = docText;
  const doc = toDoc(form.model);
  try {
    // The engine explains only the check on screen and the caller's
    // authorization; another check is explained when it is chosen.
    lastDoc = text;
    const out = await client.run(text, { explain: [selectedCheck], authorization: true });
    message("timeout-message", "");
    message("engine-message", "");
    const result = JSON.parse(out);
    // The AWS action catalog's findings join the engine's (none until the
    // catalog, fetched after the first result, is loaded).
    const extra = await catalogUI.lint(text);
    if (extra.length) result.diagnostics = (result.diagnostics || []).concat(extra);
    show(result, text);
    catalogUI.refresh(text, result, selectedCheck);
    if (!catalogStarted) {
      catalogStarted = true;
      catalogUI.start();
    }
    setStatus("Up to date", "ok");
  } catch (err) {
    if (err instanceof TimeoutError) {
      message("timeout-message", `${err.message} Your scenario is unchanged; edit it to try again.`);
      setStatus("Stopped (too slow)", "bad");
    } else if (!queued) {
      message("engine-message", `The engine failed on this scenario (${err.message}) and was restarted. Your scenario is unchanged; edit it to try again.`);
      setStatus("Failed", "bad");
    }
  } finally {
    running = false;
  }
  await updateLink(doc);
  if (queued) {
    queued = false;
    run();
  }
}

/** keepFocus re-focuses the control that had focus when a redraw removed it (same data-testid). */
function keepFocus(redraw) {
  const active = document.activeElement;
  const testId = active && active !== document.body ? active.dataset?.testid : "";
  redraw();
  if (!testId || (document.activeElement && document.activeElement !== document.body && document.activeElement.isConnected)) return;
  document.querySelector(`[data-testid="${CSS.escape(testId)}"]`)?.focus({ preventScroll: true });
}

function show(result, text) {
  keepFocus(() => {
    lastResult = result;
    renderResponse(byId("response-status"), byId("xml"), result, live, { label, onGo: goToDiagnostic, clock: form.model.clock, requested: form.model.request.DurationSeconds });
    renderWire(byId("wire"), result.wire, live);
    code.update(doc().request, form.model.region);
    const checks = result.checks || [];
    if (selectedCheck >= checks.length) selectedCheck = 0;
    showCheck();
    const diags = result.diagnostics || [];
    showDiagnostics(diags);
    showFieldErrors(byId("inputs"), fieldErrors(result));
    form.showMoreErrors(diags);
    jsonPane.show(text, diags);
  });
  requestAnimationFrame(reportHeight);
}

/** showDiagnostics puts diagnostics in the editors' lint marks and the Problems list. */
function showDiagnostics(diags) {
  const bySlug = new Map();
  for (const d of diags) {
    const slug = editorSlug(d.source || "", form.model);
    if (!slug) continue;
    if (!bySlug.has(slug)) bySlug.set(slug, []);
    bySlug.get(slug).push(d);
  }
  form.showDiagnostics(bySlug);
  renderProblems(byId("problems"), diags, label, goToDiagnostic);
}

/** catalogArrived adds the catalog's findings and summary to the result on screen, without recomputing it. */
async function catalogArrived() {
  if (!lastResult) return;
  const extra = await catalogUI.lint(docText);
  if (extra.length) showDiagnostics((lastResult.diagnostics || []).concat(extra));
  catalogUI.refresh(docText, lastResult, selectedCheck);
}

function doc() {
  return toDoc(form.model);
}

function label(source) {
  if (source === "scenario") return "Scenario JSON";
  return sourceLabel(source, form.model);
}

/** inputsShown is false in an embed that leaves out the inputs pane: there is no editor to go to. */
function inputsShown() {
  return !byId("inputs").hidden;
}

function jsonShown() {
  return !byId("json-card").hidden;
}

function goToDiagnostic(d, probe) {
  if (d.source === "scenario") {
    const field = inputsShown() ? byId("inputs").querySelector(`[data-testid="${scenarioField(d.path)}"]`) : null;
    if (field) {
      if (!probe) field.focus();
      return true;
    }
    if (!d.line || !jsonShown()) return false;
    return probe || jsonPane.goTo(d.line);
  }
  if (!inputsShown()) return false;
  const slug = editorSlug(d.source || "", form.model);
  if (slug && form.editors.has(slug)) {
    return probe || form.focusEditor(slug, d.line, d.column, toOffset);
  }
  return false;
}

function nothingToDraw(error) {
  if (!error) return "Nothing to draw: the scenario has no checks.";
  if (error.code === "InvalidScenario") return "Nothing to draw: the scenario has an error, so no call was made.";
  return `Nothing to draw: the call failed with ${error.code}, so no request was made with a session.`;
}

/** statementText is the text of a statement the engine points to, cut from its policy. */
function statementText(ref) {
  return excerpt(sourceText(ref.source || "", form.model), ref.range);
}

/** goToStatement moves the cursor to a statement in its editor (probe: only say whether it can). */
function goToStatement(ref, probe) {
  const slug = editorSlug(ref.source || "", form.model);
  if (!inputsShown() || !slug || !form.editors.has(slug) || !ref.range?.start) return false;
  return probe || form.focusEditor(slug, ref.range.start.line, ref.range.start.column, toOffset);
}

function showCheck() {
  const checks = lastResult?.checks || [];
  renderChecks(byId("checks"), checks, selectedCheck, (i) => {
    selectedCheck = i;
    showCheck();
    catalogUI.selectCheck(lastResult, i);
    byId("checks").querySelector(`[data-testid="check-result-${i}"]`)?.focus();
  }, { error: lastResult?.error, planned: form.model.checks.length });
  const summary = summarize(checks);
  byId("checks-summary").textContent = summary;
  byId("checks-summary").classList.toggle("bad", /not met/.test(summary));
  const check = checks[selectedCheck];
  if (check && !check.explanation) explainLater(lastResult, selectedCheck);
  renderExplanation(byId("explanation"), check, label, statementText, goToStatement);
  replace(
    byId("diagram"),
    check
      ? [renderDiagram(check), h("figcaption", { class: "diagram-caption" }, h("code", {}, check.action), " on ", h("code", {}, breakable(check.resource)), ": ", landingText(check))]
      : h("p", { class: "muted" }, nothingToDraw(lastResult?.error)),
  );
  const bySlug = new Map();
  for (const ref of check?.explanation?.deciding || []) {
    const slug = editorSlug(ref.source || "", form.model);
    if (!slug || !ref.range) continue;
    if (!bySlug.has(slug)) bySlug.set(slug, []);
    bySlug.get(slug).push(ref.range);
  }
  form.showDeciding(bySlug);
}

/** explainLater asks the engine for the explanation of check i of result, then shows it if it is still on screen. */
function explainLater(result, i) {
  const doc = lastDoc;
  client.explain(doc, i).then(
    (out) => {
      const x = JSON.parse(out);
      if (!x.explanation || lastResult !== result || doc !== lastDoc) return;
      result.checks[i].explanation = x.explanation;
      if (selectedCheck === i) showCheck();
    },
    () => {},
  );
}

/** fragmentFor is the share-link fragment (without "#") of a document, or "" without CompressionStream. */
async function fragmentFor(d) {
  try {
    return await encode(d, engineVersion, presets);
  } catch {
    return "";
  }
}

async function updateLink(d) {
  const fragment = await fragmentFor(d);
  if (!fragment) return; // No CompressionStream: the page works, without share links.
  if (!embed.embed) history.replaceState(history.state, "", `#${fragment}`);
  byId("embed-open-link").href = playgroundURL(window.location, fragment);
  shareURL = embed.embed ? byId("embed-open-link").href : window.location.href;
  currentFragment = fragment;
  if (!byId("share-panel").hidden) fillSharePanel();
}

let currentFragment = "";

function showPreset(p) {
  byId("preset-intro").hidden = !p;
  byId("preset-select").value = p ? p.name : "";
  if (!p) return;
  byId("preset-title").textContent = p.title || p.name;
  byId("preset-teaches").textContent = p.teaches || "";
  byId("preset-quote").textContent = p.quote || "";
  byId("preset-source").textContent = p.source || "";
}

/** matchPreset is the preset a document is, unchanged, or null. */
function matchPreset(d) {
  if (!d) return null;
  const text = JSON.stringify(d);
  return presets.find((p) => JSON.stringify(p.scenario) === text) || null;
}

/**
 * setScenario shows a document: text is its exact JSON (what the engine
 * runs); preset is the preset it started from, if any.
 */
function setScenario(text, preset) {
  docText = text;
  currentPreset = preset;
  showPreset(preset && JSON.stringify(preset.scenario) === JSON.stringify(parseObject(text)) ? preset : null);
  if (preset) byId("preset-select").value = preset.name;
  selectedCheck = 0;
  form.setModel(toModel(parseObject(text) || {}));
  updateReset();
  return run();
}

/**
 * switchTo replaces the scenario on screen (a preset, a reset, an import):
 * the history entry being left keeps the old scenario, a new entry holds
 * the new one (so Back returns to the old and Forward again), and an Undo
 * button brings the old one back without asking.
 */
async function switchTo(text, preset, what) {
  const before = { text: docText, preset: currentPreset };
  // Each entry remembers the preset its scenario started from, so that Back
  // to an edited scenario names that preset again.
  if (!embed.embed) {
    const old = await fragmentFor(toDoc(form.model));
    if (old) history.replaceState({ stsplay: 1, preset: before.preset?.name || "" }, "", `#${old}`);
  }
  const ran = setScenario(text, preset);
  saveDraft();
  if (!embed.embed) {
    const next = await fragmentFor(toDoc(form.model));
    if (next) history.pushState({ stsplay: 1, preset: preset?.name || "" }, "", `#${next}`);
  }
  offerUndo(before, what);
  await ran;
}

function offerUndo(before, what) {
  const box = byId("switch-notice");
  replace(
    box,
    `${what} `,
    h("button", {
      type: "button",
      class: "btn small",
      "data-testid": "switch-undo",
      onclick: () => {
        box.hidden = true;
        setScenario(before.text, before.preset);
        saveDraft();
        live.textContent = "The previous scenario is back.";
        byId("preset-select").focus();
      },
    }, "Undo"),
    h("span", { class: "muted" }, " (Back in the browser works too.)"),
  );
  box.hidden = false;
}

/** updateReset shows "Reset to preset" when the scenario started from a preset and was changed. */
function updateReset() {
  const btn = byId("reset-preset");
  const changed = Boolean(currentPreset) && JSON.stringify(currentPreset.scenario) !== JSON.stringify(toDoc(form.model));
  btn.hidden = !changed || embed.readOnly;
  if (currentPreset) btn.textContent = `Reset to preset`;
  btn.title = currentPreset ? `Show “${currentPreset.title || currentPreset.name}” as it was` : "";
}

/** saveDraft keeps an edited scenario in this browser (not in embeds), so that a reload loses nothing. */
function saveDraft() {
  if (embed.embed) return;
  if (currentPreset && JSON.stringify(currentPreset.scenario) === JSON.stringify(parseObject(docText))) {
    storage.remove("draft");
    return;
  }
  storage.save("draft", JSON.stringify({ text: docText, preset: currentPreset?.name || "" }));
}

function loadDraft() {
  try {
    const d = JSON.parse(storage.load("draft", "null"));
    return d && typeof d.text === "string" && parseObject(d.text) ? d : null;
  } catch {
    return null;
  }
}

/** fromLink reads the scenario of the page's fragment; null when there is none or it cannot be read. */
async function fromLink() {
  if (!hasScenario(window.location.hash)) return null;
  try {
    const { doc: shared, engine, preset, hash } = await decode(window.location.hash);
    message("share-message", engine && engine !== engineVersion ? `This link was made with engine ${engine}; this page runs engine ${engineVersion}, so results may differ.` : "");
    if (!preset) return shared;
    const p = presets.find((x) => x.name === preset);
    if (!p) {
      message("share-message", `This link names the preset “${preset}”, which this page (engine ${engineVersion}) does not have. The default scenario is shown instead.`);
      return null;
    }
    if (hash !== contentHash(JSON.stringify(p.scenario))) {
      message("share-message", `This link names the preset “${p.title || p.name}” as it was in engine ${engine || "(unknown)"}; the preset has changed since, so you see it as it is now.`);
    }
    return p.scenario;
  } catch (err) {
    message("share-message", err instanceof ShareError ? err.message : `This link cannot be opened: ${err.message}`);
    return null;
  }
}

async function initialScenario() {
  const shared = await fromLink();
  if (shared) return [pretty(shared), matchPreset(shared)];
  const p = presets.find((x) => x.name === embed.preset) || presets[0];
  if (embed.preset && p && p.name !== embed.preset) {
    message("share-message", `There is no preset named “${embed.preset}”; the first preset is shown.`);
  }
  const draft = !embed.embed && !embed.preset && !hasScenario(window.location.hash) ? loadDraft() : null;
  if (draft) {
    const from = presets.find((x) => x.name === draft.preset) || null;
    return [draft.text, from, true];
  }
  return p ? [pretty(p.scenario), p] : [pretty({ version: 1 }), null];
}

function fillPresets() {
  const sel = byId("preset-select");
  replace(sel, h("option", { value: "" }, "(your own scenario)"), presets.map((p) => h("option", { value: p.name }, p.title || p.name)));
  sel.disabled = embed.readOnly;
  sel.addEventListener("change", () => {
    const p = presets.find((x) => x.name === sel.value);
    if (p) switchTo(pretty(p.scenario), p, `Switched to the preset “${p.title || p.name}”.`);
  });
  byId("reset-preset").addEventListener("click", () => {
    const p = currentPreset;
    if (p) switchTo(pretty(p.scenario), p, `Reset to the preset “${p.title || p.name}”.`);
  });
}

// Back and Forward (and a link pasted into the address bar) show the scenario of that entry.
addEventListener("popstate", async () => {
  if (embed.embed || !engineVersion) return;
  const shared = await fromLink();
  if (shared) {
    byId("switch-notice").hidden = true;
    const from = history.state && typeof history.state.preset === "string" ? presets.find((x) => x.name === history.state.preset) || null : currentPreset;
    setScenario(pretty(shared), matchPreset(shared) || from);
  }
});

function wireShare() {
  byId("share-button").addEventListener("click", async (e) => {
    const button = e.currentTarget;
    await updateLink(doc());
    const ok = await copyText(shareURL || window.location.href, { button, what: "the share link", status: live, after: document.querySelector("header.top") });
    if (ok) live.textContent = "Link copied. It holds the whole scenario in the part after #, which is never sent to a server.";
  });
  byId("share-toggle").addEventListener("click", (e) => {
    const panel = byId("share-panel");
    panel.hidden = !panel.hidden;
    e.currentTarget.setAttribute("aria-expanded", String(!panel.hidden));
    if (!panel.hidden) {
      fillSharePanel();
      panel.querySelector('[data-testid="share-link"]')?.focus();
    }
  });
}

// What the embed-code builder has chosen, kept while the page is open.
const embedChoice = { panes: new Set(["checks", "explain", "diagram"]), theme: "", readOnly: false, id: "stsplay-1" };

/** fillSharePanel draws the share link (with its QR code) and the embed code of the scenario on screen. */
function fillSharePanel() {
  const panel = byId("share-panel");
  const url = shareURL || window.location.href;
  const title = currentPreset && !byId("preset-intro").hidden ? currentPreset.title || currentPreset.name : "a GetFederationToken scenario";
  const codeText = () =>
    `${embedCode({ location: window.location, fragment: currentFragment, panes: PANES.filter((p) => embedChoice.panes.has(p)), id: embedChoice.id, theme: embedChoice.theme, readOnly: embedChoice.readOnly, title })}\n${hostScript(new URL(window.location.href).origin)}`;
  const codeBox = h("textarea", { id: "embed-code", class: "embed-code", readonly: true, rows: "7", "data-testid": "embed-code", onfocus: (e) => e.currentTarget.select() });
  codeBox.value = codeText();
  const refresh = () => (codeBox.value = codeText());
  const qr = qrSVG(url, "QR code of the share link");
  const focused = document.activeElement?.dataset?.testid;
  replace(
    panel,
    h(
      "div",
      { class: "share-col" },
      h("h2", {}, "Share link"),
      h("label", { for: "share-link" }, "The link holds the whole scenario (after #, never sent to a server)"),
      h("input", { id: "share-link", type: "text", readonly: true, value: url, "data-testid": "share-link", onfocus: (e) => e.currentTarget.select() }),
      h("p", { class: "hint", "data-testid": "share-length" }, `${url.length} characters.`),
      h("button", { type: "button", class: "btn", "data-testid": "share-copy", onclick: (e) => copyText(url, { button: e.currentTarget, what: "the share link", status: live }) }, "Copy link"),
      qr ? h("figure", { class: "qr-box" }, qr, h("figcaption", { class: "hint" }, "Scan to open this scenario on a phone.")) : h("p", { class: "hint" }, "This link is too long for a QR code."),
    ),
    h(
      "div",
      { class: "share-col" },
      h("h2", {}, "Embed in a documentation page"),
      h(
        "fieldset",
        { class: "embed-panes" },
        h("legend", {}, "Panes to show"),
        PANES.map((p) =>
          h("label", { class: "inline-check" }, h("input", { type: "checkbox", checked: embedChoice.panes.has(p), "data-testid": `embed-pane-${p}`, onchange: (e) => (e.currentTarget.checked ? embedChoice.panes.add(p) : embedChoice.panes.delete(p), refresh()) }), ` ${p}`),
        ),
      ),
      h(
        "div",
        { class: "grid3" },
        h("div", { class: "field" }, h("label", { for: "embed-theme" }, "Theme"), h("select", { id: "embed-theme", "data-testid": "embed-theme", onchange: (e) => ((embedChoice.theme = e.currentTarget.value), refresh()) }, [["", "The reader's system"], ["light", "Light"], ["dark", "Dark"]].map(([v, t]) => h("option", { value: v, selected: v === embedChoice.theme }, t)))),
        h("div", { class: "field" }, h("label", { for: "embed-id" }, "id (sent with each height)"), h("input", { id: "embed-id", type: "text", value: embedChoice.id, "data-testid": "embed-id", oninput: (e) => ((embedChoice.id = e.currentTarget.value), refresh()) })),
        h("div", { class: "field check" }, h("input", { id: "embed-readonly", type: "checkbox", checked: embedChoice.readOnly, "data-testid": "embed-readonly", onchange: (e) => ((embedChoice.readOnly = e.currentTarget.checked), refresh()) }), h("label", { for: "embed-readonly" }, "Read-only")),
      ),
      h("label", { for: "embed-code" }, "HTML for the page (the script sizes every embed; add it once)"),
      codeBox,
      h("button", { type: "button", class: "btn", "data-testid": "embed-copy", onclick: (e) => copyText(codeBox.value, { button: e.currentTarget, what: "the embed code", status: live }) }, "Copy embed code"),
    ),
  );
  if (focused) panel.querySelector(`[data-testid="${CSS.escape(focused)}"]`)?.focus({ preventScroll: true });
}

// In-page links must not replace the fragment, which holds the scenario.
function wireJumpLinks() {
  document.addEventListener("click", (e) => {
    const a = e.target.closest?.('a[href^="#"]');
    if (!a) return;
    const target = document.getElementById(a.getAttribute("href").slice(1));
    if (!target) return;
    e.preventDefault();
    target.scrollIntoView();
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus({ preventScroll: true });
  });
}

/** setTheme follows the system ("") or forces light or dark. */
function setTheme(theme, remember) {
  if (theme) document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
  byId("theme-select").value = theme;
  if (remember) storage.save("theme", theme);
}

/** setPresent switches presenter mode: larger type, results beside the inputs, the diagram large. */
function setPresent(on) {
  document.documentElement.classList.toggle("present", on);
  byId("present-toggle").setAttribute("aria-pressed", String(on));
  byId("present-toggle").textContent = on ? "Presenter mode: on" : "Presenter mode";
  requestAnimationFrame(reportHeight);
}

function wireLook() {
  setTheme(embed.theme || (embed.embed ? "" : storage.load("theme", "")), false);
  byId("theme-select").addEventListener("change", (e) => setTheme(e.currentTarget.value, !embed.embed));
  setPresent(embed.present);
  byId("present-toggle").addEventListener("click", () => setPresent(!document.documentElement.classList.contains("present")));
}

async function start() {
  byId("sandbox-message").remove();
  if (window.origin === "null") {
    message("engine-message", "This page runs in an iframe with a sandbox that gives it no origin of its own, so its engine worker cannot start: add allow-same-origin (with allow-scripts) to the iframe's sandbox attribute.");
  }
  // Embeds show what the documentation page chose; the catalog's features
  // (and their second engine worker) are for the full playground.
  if (!embed.embed) catalogUI.mount(byId("checks"), byId("explanation"));
  applyEmbed(embed);
  if (embed.readOnly) byId("json-pane").querySelector('[data-testid="json-import-box"]').hidden = true;
  wireLook();
  wireJumpLinks();
  wireShare();
  setStatus("Loading engine…", "busy");
  let info;
  try {
    info = await client.start();
  } catch (err) {
    message("engine-message", `The engine could not be loaded: ${err.message}`);
    setStatus("Failed", "bad");
    return;
  }
  engineVersion = info.version;
  byId("engine-version").textContent = `engine ${engineVersion}`;
  presets = JSON.parse(info.presets || "[]");
  fillPresets();
  const [text, preset, restored] = await initialScenario();
  await setScenario(text, preset);
  if (restored) {
    const p = currentPreset || presets[0];
    replace(
      byId("switch-notice"),
      "Your last scenario was restored from this browser. ",
      p ? h("button", { type: "button", class: "btn small", "data-testid": "draft-discard", onclick: () => switchTo(pretty(p.scenario), p, `Switched to the preset “${p.title || p.name}”.`) }, `Show “${p.title || p.name}” instead`) : null,
    );
    byId("switch-notice").hidden = false;
  }
  document.documentElement.dataset.ready = "true";
}

if ("serviceWorker" in navigator && /^https?:$/.test(window.location.protocol)) {
  navigator.serviceWorker.register(new URL("sw.js", document.baseURI)).catch(() => {});
}

start();
