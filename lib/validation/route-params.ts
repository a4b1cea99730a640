// Parsing what comes in the address: a malformed escape ("/measures/%FF") or an id past
// PostgreSQL's integer range ("/api/attachments/99999999999999999999") is a page that does not
// exist (404), never a server error. Pure.

/** PostgreSQL's `integer`: every id column of this schema. */
export const MAX_DB_INT = 2_147_483_647;

/** decodeURIComponent, or null where the text is not valid percent-encoded UTF-8. */
export function decodeParam(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/**
 * A positive whole number written plainly in decimal (no sign, no leading zero, no exponent) that
 * fits PostgreSQL's integer — an id, a page number — or null.
 */
export function parsePositiveInt(raw: string | null | undefined): number | null {
  if (typeof raw !== "string" || !/^[1-9][0-9]{0,9}$/.test(raw)) return null;
  const n = Number(raw);
  return n <= MAX_DB_INT ? n : null;
}

/** A database id from the address, or null (then the page or file does not exist). */
export const parseId = parsePositiveInt;
