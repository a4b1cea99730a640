// Where evidence files live. Apart from storage.ts (which is 'server-only') so that the backup and
// restore commands, plain Node programs, find the same folder as the app.
import path from "node:path";

/** The evidence folder: LIUSHI_UPLOAD_DIR, or <LIUSHI_DATA_DIR>/uploads (.data/uploads). File names are server-chosen UUIDs. */
export function uploadDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.env.LIUSHI_UPLOAD_DIR ?? path.join(process.env.LIUSHI_DATA_DIR ?? ".data", "uploads"));
}

export { STORAGE_KEY } from "./storage-key";
