// Limits of a spreadsheet import: a 台账 of the town's plan is a few hundred rows; these leave
// ample room and keep one import inside one short transaction.
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 2000;
/** An .xlsx is a ZIP: refuse one that would unpack to more than this (a "zip bomb"). */
export const MAX_UNPACKED_BYTES = 40 * 1024 * 1024;

export const LIMITS_TEXT = `文件不超过 2 MB、数据不超过 ${MAX_IMPORT_ROWS} 行`;
