// embed.js is the compact mode for documentation pages: ?embed=1 (or
// embed.html) with &preset=NAME to pick a preset, &panes=a,b to pick the
// panes that show, &id=TEXT to name the embed, &theme=light|dark and
// &readonly=1. The height of the page is reported to the parent with
// postMessage({type: "stsplay:height", height, id}), so that a host page
// with several embeds sizes each one (it matches event.source; id tells
// them apart in logs and in hosts that cannot).

/** The panes that can be picked with &panes=. */
export const PANES = ["inputs", "checks", "explain", "diagram", "xml", "wire", "code", "problems", "json"];

/** The longest id accepted, in characters. */
export const MAX_ID = 100;

/** readEmbed reads the embed options from the page's URL. */
export function readEmbed(location) {
  const params = new URLSearchParams(location.search);
  const embed = params.get("embed") === "1" || document.documentElement.dataset.embed === "1";
  const panes = (params.get("panes") || "")
    .split(",")
    .map((p) => p.trim())
    .filter((p) => PANES.includes(p));
  const theme = params.get("theme");
  return {
    embed,
    preset: params.get("preset") || "",
    panes: panes.length ? panes : null,
    id: (params.get("id") || "").slice(0, MAX_ID),
    theme: theme === "light" || theme === "dark" ? theme : "",
    readOnly: params.get("readonly") === "1",
    present: params.get("present") === "1",
  };
}

/**
 * applyEmbed switches the page into embed mode: hides the panes not asked
 * for and starts reporting the height to the parent page.
 */
export function applyEmbed(options) {
  if (!options.embed) return;
  document.documentElement.classList.add("embed");
  // The rule book may not be framed: from an embed it opens in a new tab.
  const rules = document.querySelector('[data-testid="rules-link"]');
  if (rules) {
    rules.target = "_blank";
    rules.rel = "noopener";
  }
  if (options.panes) {
    for (const el of document.querySelectorAll("[data-pane]")) {
      el.hidden = !options.panes.includes(el.dataset.pane);
    }
    document.documentElement.classList.toggle("no-inputs", !options.panes.includes("inputs"));
  }
  if (window.parent === window) return;
  reporting = true;
  embedId = options.id || "";
  new ResizeObserver(reportHeight).observe(document.body);
  reportHeight();
}

let reporting = false;
let lastHeight = 0;
let embedId = "";

/** reportHeight tells the parent page the height of the content, if it changed. */
export function reportHeight() {
  if (!reporting) return;
  const height = Math.ceil(Math.max(document.body.scrollHeight, document.body.getBoundingClientRect().bottom + window.scrollY));
  if (height === lastHeight) return;
  lastHeight = height;
  window.parent.postMessage({ type: "stsplay:height", height, id: embedId }, "*");
}

/** playgroundURL is the full-page URL of the playground with the same fragment. */
export function playgroundURL(location, fragment) {
  const url = new URL("./", location.href);
  url.hash = fragment;
  return url.href;
}

/** escapeAttr makes text safe inside a double-quoted HTML attribute. */
function escapeAttr(text) {
  return String(text).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * embedCode is the HTML a documentation page pastes to embed the scenario
 * on screen: an iframe of embed.html with the panes, id, theme and
 * read-only options and the scenario's fragment.
 * @param {{location: Location|URL, fragment: string, panes: string[], id: string, theme: string, readOnly: boolean, title: string, height?: number}} o
 */
export function embedCode({ location, fragment, panes, id, theme, readOnly, title, height = 480 }) {
  const url = new URL("embed.html", new URL("./", location.href));
  if (id) url.searchParams.set("id", id);
  if (panes?.length) url.searchParams.set("panes", panes.join(","));
  if (theme) url.searchParams.set("theme", theme);
  if (readOnly) url.searchParams.set("readonly", "1");
  url.hash = fragment;
  return `<iframe src="${escapeAttr(url.href)}" title="${escapeAttr(`stsplay: ${title}`)}" style="width:100%;height:${height}px;border:0" loading="lazy"></iframe>`;
}

/** hostScript is the script a host page adds once, for any number of embeds from origin. */
export function hostScript(origin) {
  return `<script>
  addEventListener("message", (e) => {
    if (e.origin !== ${JSON.stringify(origin)} || e.data?.type !== "stsplay:height") return;
    for (const f of document.querySelectorAll("iframe"))
      if (f.contentWindow === e.source) f.style.height = \`\${e.data.height}px\`;
  });
</script>`;
}
