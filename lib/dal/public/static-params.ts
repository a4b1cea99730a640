import { BUILD_PLACEHOLDER } from "@/lib/i18n/config";

// The build reads no data (docs/decisions/006-standard-runtime.md): strategy and measure pages
// render on their first request and are then cached until an approval expires them. Cache
// Components need at least one listed param; this one answers 404 (it is no valid code).
const PLACEHOLDER = [{ code: BUILD_PLACEHOLDER }];

export function strategyParams(): { code: string }[] {
  return PLACEHOLDER;
}

export function measureParams(): { code: string }[] {
  return PLACEHOLDER;
}
