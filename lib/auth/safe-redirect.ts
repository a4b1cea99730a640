// Where the login page may send the user afterwards: a path of this site only. Pure.
//
// A prefix check on the raw string is not enough: browsers drop tabs and newlines, resolve dot
// segments and treat "\" as "/", and the server decodes %2F and %2E before it normalises the
// path, so "/\t/x", "/..//x", "/.%2F%2Fx" or "/console/../..//x" all ended on another host.
// The target is therefore resolved as a browser would, its origin compared with the site's,
// and the path kept only if decoding it once more cannot turn it into another address.

export const DEFAULT_AFTER_LOGIN = "/console";

// Any origin stands for "this site": the result is a path, resolved against the real host.
const SITE = new URL("http://site.invalid");
const MAX_LENGTH = 2048;

/** The decoded text of a path, or null when it holds a malformed escape. */
function fullyDecoded(path: string): string | null {
  let text = path;
  for (let i = 0; i < 3; i++) {
    let next: string;
    try {
      next = decodeURIComponent(text);
    } catch {
      return null;
    }
    if (next === text) return text;
    text = next;
  }
  return null; // still changing after three rounds: nobody links like that
}

/** A same-site path to go to after login; anything else becomes the console's home. */
export function safeRedirect(target: unknown): string {
  if (typeof target !== "string" || target.length > MAX_LENGTH || !target.startsWith("/")) return DEFAULT_AFTER_LOGIN;
  let url: URL;
  try {
    url = new URL(target, SITE);
  } catch {
    return DEFAULT_AFTER_LOGIN;
  }
  if (url.origin !== SITE.origin) return DEFAULT_AFTER_LOGIN;
  const decoded = fullyDecoded(url.pathname);
  // After decoding, the path must still be a plain one: no empty or dot segments, no
  // backslashes, no control or invisible characters that a browser or server would drop.
  if (decoded === null || !decoded.startsWith("/") || /\/\/|\\|(^|\/)\.\.?(\/|$)|[\p{Cc}\p{Cf}\p{Z}]/u.test(decoded)) return DEFAULT_AFTER_LOGIN;
  const path = url.pathname + url.search + url.hash;
  // What the browser makes of the result must be this site too.
  return new URL(path, SITE).origin === SITE.origin ? path : DEFAULT_AFTER_LOGIN;
}
