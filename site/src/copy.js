// copy.js copies text to the clipboard with visible feedback: the button's
// label changes to "Copied" for a moment, and a live region says so for
// screen readers. When the browser refuses (an iframe without
// allow="clipboard-write", an old browser), the text is shown in a
// read-only box, selected, with a line saying to press Ctrl+C (⌘C).
import { h } from "./dom.js";

/** How long a button says "Copied" (or "Not copied"), in milliseconds. */
export const FEEDBACK_MS = 2000;

async function write(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Fall back to the older command, which some iframes still allow.
  }
  const area = h("textarea", { class: "copy-scratch", readonly: true, "aria-hidden": "true", tabindex: "-1" });
  area.value = text;
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand("copy");
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

/**
 * copyText copies text and shows it happened on button. When it cannot,
 * it shows the text selected in a box placed after `after` (default: the
 * button), so that the user can copy it by hand. what names the text for
 * the live region ("the share link"). Resolves with whether it copied.
 */
export async function copyText(text, { button, what, status, after } = {}) {
  const ok = await write(text);
  const anchor = after || button;
  const old = anchor?.parentElement?.querySelector(":scope > .copy-fallback");
  old?.remove();
  if (button) {
    const label = button.dataset.label || button.textContent;
    button.dataset.label = label;
    button.textContent = ok ? "Copied ✓" : "Not copied";
    button.classList.toggle("copied", ok);
    clearTimeout(Number(button.dataset.timer || 0));
    button.dataset.timer = String(
      setTimeout(() => {
        button.textContent = button.dataset.label;
        button.classList.remove("copied");
      }, FEEDBACK_MS),
    );
  }
  if (status) status.textContent = ok ? `Copied ${what}.` : `Could not copy ${what}: it is selected in a box below; press Ctrl+C (⌘C on a Mac) to copy it.`;
  if (!ok && anchor) {
    const box = h("textarea", { class: "copy-box", readonly: true, rows: String(Math.min(6, text.split("\n").length + 1)), "aria-label": `${what} (selected: press Ctrl+C to copy)`, "data-testid": "copy-fallback-text" });
    box.value = text;
    const wrap = h("div", { class: "copy-fallback", "data-testid": "copy-fallback" }, h("p", { class: "hint" }, `The browser did not let this page copy ${what}. It is selected below: press Ctrl+C (⌘C on a Mac) to copy it.`), box);
    anchor.after(wrap);
    box.focus();
    box.select();
  }
  return ok;
}
