// progress.js keeps a learner's progress through a course: which
// exercises are solved and how many hints of each were revealed. It is
// kept in localStorage when the page may use it, and otherwise in the
// URL's fragment (the "p=" parameter), so that a learner in a private
// window or an iframe without storage keeps it by keeping the link.

import { load, save } from "../storage.js";

/** The most exercises a progress record holds (a course's limit). */
export const MAX_EXERCISES = 100;

/** An empty progress record: {solved: Set of ids, hints: {id: count}}. */
export function emptyProgress() {
  return { solved: new Set(), hints: {} };
}

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * encodeProgress writes progress as a short string: the exercises in
 * order, "id" when solved with no hints shown, "id.N" for N hints, and a
 * leading "~" for an exercise not solved; "," between them.
 */
export function encodeProgress(progress) {
  const ids = new Set([...progress.solved, ...Object.keys(progress.hints)]);
  const parts = [];
  for (const id of [...ids].sort()) {
    if (!ID.test(id)) continue;
    const hints = progress.hints[id] | 0;
    parts.push(`${progress.solved.has(id) ? "" : "~"}${id}${hints > 0 ? "." + hints : ""}`);
  }
  return parts.slice(0, MAX_EXERCISES).join(",");
}

/** decodeProgress reads encodeProgress's string; anything else is left out. */
export function decodeProgress(text) {
  const progress = emptyProgress();
  for (const part of String(text ?? "").split(",").slice(0, MAX_EXERCISES)) {
    const m = /^(~?)([a-z0-9][a-z0-9-]{0,63})(?:\.(\d{1,2}))?$/.exec(part);
    if (!m) continue;
    if (!m[1]) progress.solved.add(m[2]);
    if (m[3]) progress.hints[m[2]] = Number(m[3]);
  }
  return progress;
}

/** storageKey is the localStorage key of a course's progress. */
export function storageKey(courseTitle) {
  return `progress:${courseTitle}`;
}

/** storageWorks reports whether localStorage keeps what is saved in it. */
export function storageWorks() {
  try {
    const ls = globalThis.localStorage;
    if (!ls) return false;
    ls.setItem("stsplay:probe", "1");
    const ok = ls.getItem("stsplay:probe") === "1";
    ls.removeItem("stsplay:probe");
    return ok;
  } catch {
    return false;
  }
}

/**
 * loadProgress reads a course's progress from localStorage when it works,
 * else from the fragment parameters params (a URLSearchParams).
 */
export function loadProgress(courseTitle, params) {
  if (storageWorks()) return decodeProgress(load(storageKey(courseTitle), ""));
  return decodeProgress(params?.get("p") ?? "");
}

/**
 * saveProgress keeps progress in localStorage when it works and returns
 * null; otherwise it sets the "p" parameter of params and returns them,
 * for the caller to write into the URL's fragment.
 */
export function saveProgress(courseTitle, progress, params) {
  if (storageWorks()) {
    save(storageKey(courseTitle), encodeProgress(progress));
    return null;
  }
  params.set("p", encodeProgress(progress));
  return params;
}
