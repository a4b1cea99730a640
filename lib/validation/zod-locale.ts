import { z } from "zod";

// Zod's own messages (a field of the wrong type, an unexpected key…) in Chinese too: our schemas
// word the expected errors themselves, but hostile or malformed input can reach zod's defaults.
z.config(z.locales.zhCN());
