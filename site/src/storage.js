// storage.js wraps localStorage, which some iframes and private modes
// block (reading the property itself can throw). The page works without
// it: a preference simply is not remembered.

export function load(key, fallback) {
  try {
    const value = globalThis.localStorage?.getItem(`stsplay:${key}`);
    return value ?? fallback;
  } catch {
    return fallback;
  }
}

export function save(key, value) {
  try {
    globalThis.localStorage?.setItem(`stsplay:${key}`, String(value));
  } catch {
    // Not remembered; nothing else depends on it.
  }
}

export function remove(key) {
  try {
    globalThis.localStorage?.removeItem(`stsplay:${key}`);
  } catch {
    // Nothing stored, or storage is blocked.
  }
}
