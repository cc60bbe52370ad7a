// main.js starts the stsplay playground page: it loads the engine in a Web
// Worker, opens the first preset (or the scenario of a share link), and
// recomputes the results on every edit.
//
// Stable data-testid values (for the browser tests in e2e/):
//   header:   preset-select, share-button, jump-results, engine-version, engine-status, live-status,
//             share-message, engine-message, timeout-message, embed-open-link, preset-title,
//             preset-teaches, preset-quote, preset-source
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
//   settings: account, region, clock, seed
//   editors:  format-SLUG (SLUG = caller-policies-N, caller-boundary, request-policy,
//             managed-N, resource-N)
//   results:  response-status (data-status), error-code, error-message, session-arn,
//             principal-tags, authorization, authorization-N, call-expectation (data-pass),
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
import { encode, decode, hasScenario, ShareError } from "./share.js";
import { readEmbed, applyEmbed, playgroundURL, reportHeight } from "./embed.js";
import { renderChecks, summarize } from "./render/checks.js";
import { renderExplanation } from "./render/explain.js";
import { renderDiagram, landingText } from "./render/diagram.js";
import { renderResponse } from "./render/response.js";
import { renderWire, CodePanes } from "./render/request.js";
import { renderProblems } from "./render/problems.js";
import { toOffset } from "./editors.js";
import { fieldErrors, showFieldErrors, scenarioField } from "./form/field-errors.js";
import { CatalogUI } from "./catalog-ui.js";

/* global __WORKER_FILE__ */
const DEBOUNCE_MS = 250;

const embed = readEmbed(window.location);
const live = byId("live-status");
const engineStatus = byId("engine-status");
const form = new ScenarioForm(byId("inputs"), () => scheduleRun());
const code = new CodePanes(byId("code"), live);
const client = new EngineClient({ workerURL: new URL(__WORKER_FILE__, import.meta.url) });
const catalogUI = new CatalogUI({ workerURL: new URL(__WORKER_FILE__, import.meta.url), form, live, onChange: () => scheduleRun(), onCheckAdded: (i) => (selectedCheck = i) });
let catalogStarted = false;

let engineVersion = "";
let presets = [];
let selectedCheck = 0;
let lastResult = null;
let timer = 0;
let running = false;
let queued = false;

function setStatus(text, cls) {
  engineStatus.textContent = text;
  engineStatus.className = `engine-status ${cls}`;
}

function message(id, text) {
  const el = byId(id);
  el.hidden = !text;
  el.textContent = text || "";
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
  const doc = toDoc(form.model);
  try {
    const docText = JSON.stringify(doc);
    const out = await client.run(docText);
    message("timeout-message", "");
    message("engine-message", "");
    const result = JSON.parse(out);
    // The AWS action catalog's findings join the engine's (none until the
    // catalog, fetched after the first result, is loaded).
    const extra = await catalogUI.lint(docText);
    if (extra.length) result.diagnostics = (result.diagnostics || []).concat(extra);
    show(result);
    catalogUI.refresh(docText, result, selectedCheck);
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
  updateLink(doc);
  if (queued) {
    queued = false;
    run();
  }
}

function show(result) {
  lastResult = result;
  renderResponse(byId("response-status"), byId("xml"), result, live, { label, onGo: goToDiagnostic, clock: form.model.clock });
  renderWire(byId("wire"), result.wire, live);
  code.update(doc().request, form.model.region);
  const checks = result.checks || [];
  if (selectedCheck >= checks.length) selectedCheck = 0;
  showCheck();
  const diags = result.diagnostics || [];
  const bySlug = new Map();
  for (const d of diags) {
    const slug = editorSlug(d.source || "", form.model);
    if (!slug) continue;
    if (!bySlug.has(slug)) bySlug.set(slug, []);
    bySlug.get(slug).push(d);
  }
  form.showDiagnostics(bySlug);
  showFieldErrors(byId("inputs"), fieldErrors(result));
  renderProblems(byId("problems"), diags, label, goToDiagnostic);
  requestAnimationFrame(reportHeight);
}

function doc() {
  return toDoc(form.model);
}

function label(source) {
  return sourceLabel(source, form.model);
}

/** inputsShown is false in an embed that leaves out the inputs pane: there is no editor to go to. */
function inputsShown() {
  return !byId("inputs").hidden;
}

function goToDiagnostic(d, probe) {
  if (!inputsShown()) return false;
  const slug = editorSlug(d.source || "", form.model);
  if (slug && form.editors.has(slug)) {
    return probe || form.focusEditor(slug, d.line, d.column, toOffset);
  }
  const field = d.source === "scenario" ? byId("inputs").querySelector(`[data-testid="${scenarioField(d.path)}"]`) : null;
  if (!field) return false;
  if (!probe) field.focus();
  return true;
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

async function updateLink(d) {
  let fragment;
  try {
    fragment = await encode(d, engineVersion);
  } catch {
    return; // No CompressionStream: the page works, without share links.
  }
  if (!embed.embed) history.replaceState(history.state, "", `#${fragment}`);
  byId("embed-open-link").href = playgroundURL(window.location, fragment);
}

function showPreset(p) {
  byId("preset-intro").hidden = !p;
  if (!p) return;
  byId("preset-title").textContent = p.title || p.name;
  byId("preset-teaches").textContent = p.teaches || "";
  byId("preset-quote").textContent = p.quote || "";
  byId("preset-source").textContent = p.source || "";
  byId("preset-select").value = p.name;
}

function loadPreset(p) {
  showPreset(p);
  selectedCheck = 0;
  form.setModel(toModel(p.scenario));
  run();
}

async function initialModel() {
  if (hasScenario(window.location.hash)) {
    try {
      const { doc: shared, engine } = await decode(window.location.hash);
      if (engine && engine !== engineVersion) {
        message("share-message", `This link was made with engine ${engine}; this page runs engine ${engineVersion}, so results may differ.`);
      }
      // A link to an unchanged preset shows that preset's introduction.
      const same = presets.find((p) => JSON.stringify(toDoc(toModel(p.scenario))) === JSON.stringify(shared));
      showPreset(same || null);
      if (!same) byId("preset-select").value = "";
      return toModel(shared);
    } catch (err) {
      message("share-message", err instanceof ShareError ? err.message : `This link cannot be opened: ${err.message}`);
    }
  }
  const p = presets.find((x) => x.name === embed.preset) || presets[0];
  if (embed.preset && p.name !== embed.preset) {
    message("share-message", `There is no preset named “${embed.preset}”; the first preset is shown.`);
  }
  showPreset(p);
  return toModel(p.scenario);
}

function fillPresets() {
  const sel = byId("preset-select");
  replace(sel, h("option", { value: "" }, "(your own scenario)"), presets.map((p) => h("option", { value: p.name }, p.title || p.name)));
  sel.addEventListener("change", () => {
    const p = presets.find((x) => x.name === sel.value);
    if (p) loadPreset(p);
  });
}

function wireShare() {
  byId("share-button").addEventListener("click", async () => {
    await updateLink(doc());
    const url = embed.embed ? byId("embed-open-link").href : window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      live.textContent = "Link copied. It holds the whole scenario in the part after #, which is never sent to a server.";
    } catch {
      live.textContent = "Could not copy the link; copy it from the address bar.";
    }
  });
}

// In-page links must not replace the fragment, which holds the scenario.
function wireJumpLinks() {
  for (const a of document.querySelectorAll('a[href^="#"]')) {
    a.addEventListener("click", (e) => {
      const target = document.getElementById(a.getAttribute("href").slice(1));
      if (!target) return;
      e.preventDefault();
      target.scrollIntoView();
      target.focus({ preventScroll: true });
    });
  }
}

async function start() {
  catalogUI.mount(byId("checks"), byId("explanation"));
  applyEmbed(embed);
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
  form.setModel(presets.length || hasScenario(window.location.hash) ? await initialModel() : toModel({ version: 1 }));
  await run();
  document.documentElement.dataset.ready = "true";
}

if ("serviceWorker" in navigator && /^https?:$/.test(window.location.protocol)) {
  navigator.serviceWorker.register(new URL("sw.js", document.baseURI)).catch(() => {});
}

start();
