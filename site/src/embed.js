// embed.js is the compact mode for documentation pages: ?embed=1 (or
// embed.html) with &preset=NAME to pick a preset and &panes=a,b to pick
// the panes that show. The height of the page is reported to the parent
// with postMessage({type: "stsplay:height", height}) so that the iframe
// can be sized to fit.

/** The panes that can be picked with &panes=. */
export const PANES = ["inputs", "checks", "explain", "diagram", "xml", "wire", "code", "problems"];

/** readEmbed reads the embed options from the page's URL. */
export function readEmbed(location) {
  const params = new URLSearchParams(location.search);
  const embed = params.get("embed") === "1" || document.documentElement.dataset.embed === "1";
  const panes = (params.get("panes") || "")
    .split(",")
    .map((p) => p.trim())
    .filter((p) => PANES.includes(p));
  return { embed, preset: params.get("preset") || "", panes: panes.length ? panes : null };
}

/**
 * applyEmbed switches the page into embed mode: hides the panes not asked
 * for and starts reporting the height to the parent page.
 */
export function applyEmbed(options) {
  if (!options.embed) return;
  document.documentElement.classList.add("embed");
  if (options.panes) {
    for (const el of document.querySelectorAll("[data-pane]")) {
      el.hidden = !options.panes.includes(el.dataset.pane);
    }
    document.documentElement.classList.toggle("no-inputs", !options.panes.includes("inputs"));
  }
  if (window.parent === window) return;
  reporting = true;
  new ResizeObserver(reportHeight).observe(document.body);
  reportHeight();
}

let reporting = false;
let lastHeight = 0;

/** reportHeight tells the parent page the height of the content, if it changed. */
export function reportHeight() {
  if (!reporting) return;
  const height = Math.ceil(Math.max(document.body.scrollHeight, document.body.getBoundingClientRect().bottom + window.scrollY));
  if (height === lastHeight) return;
  lastHeight = height;
  window.parent.postMessage({ type: "stsplay:height", height }, "*");
}

/** playgroundURL is the full-page URL of the playground with the same fragment. */
export function playgroundURL(location, fragment) {
  const url = new URL("./", location.href);
  url.hash = fragment;
  return url.href;
}
