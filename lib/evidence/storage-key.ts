// Pure (the report form's validation imports it too).

/** Storage keys are UUIDs chosen by the server: anything else is never a file name. */
export const STORAGE_KEY = /^[0-9a-f-]{36}$/;
