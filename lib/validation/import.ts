import { z } from "zod";
import { MAX_IMPORT_BYTES } from "@/lib/import/limits";
import { cleanFileName } from "./file-name";

/** An uploaded spreadsheet and whether to only check it (the default) or import it. */
export const ZImportInput = z.object({
  file: z
    .instanceof(Blob, { message: "请选择要导入的文件" })
    .superRefine((blob, ctx) => {
      if (blob.size === 0) ctx.addIssue({ code: "custom", message: (blob as Partial<File>).name ? "文件是空的" : "请选择要导入的文件" });
      else if (blob.size > MAX_IMPORT_BYTES) ctx.addIssue({ code: "custom", message: "文件超过 2 MB 的上限，请分成几个文件导入" });
    })
    // The browser's file name goes to the audit log and the result: cleaned, 200 characters at most.
    .transform((blob) => ({ blob, name: cleanFileName((blob as Partial<File>).name ?? "", { max: 200, fallback: "导入文件" }) })),
  dryRun: z
    .preprocess((v) => (typeof v === "boolean" ? String(v) : v ?? "true"), z.enum(["true", "false"], { message: "未知的操作" }))
    .transform((v) => v === "true"),
});

export type TImportInput = z.output<typeof ZImportInput>;

/** A structure import names the plan it fills (a draft being prepared, or the current plan). */
export const ZStructureImportInput = ZImportInput.extend({
  planId: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number({ message: "请选择规划" }).int().positive({ message: "请选择规划" }).optional()),
});
