// qr.js draws a QR code of a link as SVG, in the page (qrcode-generator,
// bundled; nothing is sent to a service). Share links are ASCII, so the
// byte mode of the library's default string conversion encodes them as
// they are.
import qrcode from "qrcode-generator";
import { s } from "./dom.js";

/** The longest text drawn (QR version 40 holds 2,953 bytes at level L). */
export const MAX_QR = 2953;

/**
 * qrMatrix returns the modules of a QR code of text (rows of booleans,
 * true for dark), or null when the text is too long for one. Level L
 * (7 % recovery) keeps the code small; a screen or slide is not damaged.
 */
export function qrMatrix(text) {
  if (text.length > MAX_QR) return null;
  const qr = qrcode(0, "L");
  qr.addData(text, "Byte");
  try {
    qr.make();
  } catch {
    return null;
  }
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)));
}

/** qrSVG draws the matrix of text as one SVG path with a quiet zone of 4 modules. */
export function qrSVG(text, label) {
  const m = qrMatrix(text);
  if (!m) return null;
  const n = m.length;
  let d = "";
  m.forEach((row, r) => row.forEach((dark, c) => dark && (d += `M${c + 4} ${r + 4}h1v1h-1z`)));
  return s(
    "svg",
    { viewBox: `0 0 ${n + 8} ${n + 8}`, class: "qr", role: "img", "aria-label": label, "data-testid": "share-qr", "data-modules": String(n), "shape-rendering": "crispEdges" },
    s("rect", { width: n + 8, height: n + 8, fill: "#fff" }),
    s("path", { d, fill: "#000" }),
  );
}
