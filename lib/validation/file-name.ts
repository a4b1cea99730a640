// What may be kept of a file name the browser sent. Pure: the one home for this rule, used by
// evidence uploads and spreadsheet imports alike, and mirrored by the migration that cleaned
// the names stored before it (20261130090200_security_file_names).
//
// Control and format characters (Unicode Cc, Cf) and the line and paragraph separators are
// removed, not replaced: U+202E (right-to-left override) made "x\u202Egnp.pdf" read as
// "xfdp.png", and zero-width characters make two names look alike.

const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** Removes control, format and separator characters (the bidi overrides among them). */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, "");
}

/**
 * A display name safe to store, show and send back in Content-Disposition: the last path part,
 * without invisible characters, without characters Windows forbids in names, at most `max`
 * characters (the end kept, so that the extension stays).
 */
export function cleanFileName(name: string, { max = 120, fallback = "file" }: { max?: number; fallback?: string } = {}): string {
  const base = stripInvisible(name).split(/[\\/]/).pop() ?? "";
  const cleaned = [...base.replace(/["<>|:*?]/g, "_").trim()].slice(-max).join("");
  return cleaned || fallback;
}
