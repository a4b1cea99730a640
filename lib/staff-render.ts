// Staff pages must render whole before the first byte, so that a refusal inside a page (an
// officer opening a leader's dashboard) answers 404 and not a streamed 200. Next.js renders that
// way for user agents matching `htmlLimitedBots`; the proxy appends this mark to the user agent
// of /console requests and next.config.ts matches it. Public pages never carry it: they are
// served prerendered from the cache, which Next.js bypasses for such user agents.
export const STAFF_RENDER_MARK = "LiushiStaffRender";
