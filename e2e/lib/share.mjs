// Share links made the way the page makes them (deflate-raw, base64url),
// so that a test can open any document as a person opens a shared link.
import { deflateRawSync } from 'node:zlib';

/** shareFragment is the "#v=1&e=…&s=…" fragment of a scenario document. */
export function shareFragment(doc, engine = '') {
  return `#v=1&e=${engine}&s=${deflateRawSync(Buffer.from(JSON.stringify(doc))).toString('base64url')}`;
}
