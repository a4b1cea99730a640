"use server";
import { loadProgressContext } from "@/lib/dal/import-context";
import { shanghaiDate } from "@/lib/domain/reporting-cycle";
import { checkProgressRows, PROGRESS_COLUMNS, PROGRESS_SHEET } from "@/lib/import/progress";
import { readSpreadsheet } from "@/lib/import/read-spreadsheet";
import { rowErrors, type ImportResult } from "@/lib/import/result";
import { ZImportInput } from "@/lib/validation/import";
import { ActionRefusal, defineAction } from "./action";
import { writeImportedReports } from "./import-writes";

/**
 * An officer imports progress values from a spreadsheet (台账): each measure and period in the
 * file becomes one report submitted for review, as from the report form. A dry run (the
 * default) checks every row and writes nothing — not even an audit row: its transaction is
 * rolled back. An import writes all reports in one transaction, or none if any row is invalid.
 */
export const importProgress = defineAction({
  name: "progress_report.import",
  roles: ["OFFICER"],
  schema: ZImportInput,
  run: async ({ tx, actor, input, onRollback }) => {
    const read = await readSpreadsheet(new Uint8Array(await input.file.blob.arrayBuffer()), PROGRESS_COLUMNS, { sheetName: PROGRESS_SHEET });
    if (!read.ok) throw new ActionRefusal(read.message, "invalid", { file: [read.message] });
    const ctx = await loadProgressContext(tx, actor, shanghaiDate(new Date()));
    const check = checkProgressRows(read.rows, ctx);
    const invalid = check.rows.filter((r) => !r.ok).length;
    const values = check.reports.reduce((n, r) => n + r.values.length, 0);
    const result: ImportResult = {
      kind: "progress", fileName: input.file.name, dryRun: input.dryRun, committed: false, rows: check.rows, invalid, skipped: check.skipped,
      summary: `共 ${check.rows.length} 行，合为 ${check.reports.length} 份填报（${values} 个指标数值）${check.skipped ? `；另有 ${check.skipped} 行未填写，已跳过` : ""}`,
    };
    if (check.rows.length === 0) throw new ActionRefusal("文件中没有填写任何填报内容（填报期、数值、状态或说明）。", "invalid", { file: ["没有可导入的行"] });
    if (input.dryRun) {
      return {
        readOnly: true,
        message: invalid ? `检查完成：${invalid} 行有误，请修改后重新检查。未写入任何数据。` : `检查通过：${result.summary}。确认无误后点击“导入”。`,
        data: result,
      };
    }
    if (invalid) {
      // Another department's measure answers like a missing one, as in the report form.
      const code = check.outOfScope > 0 ? "not_found" : "invalid";
      throw new ActionRefusal(`有 ${invalid} 行有误，未导入任何数据。请先检查并修改。`, code, rowErrors(check.rows));
    }
    const ids = await writeImportedReports(tx, { authorId: actor.id, reports: check.reports, onRollback });
    return {
      id: ids[0],
      message: `已导入 ${check.reports.length} 份填报，等待分管领导审核。`,
      data: { ...result, committed: true },
      audit: {
        objectType: "import",
        objectId: `progress:${input.file.name}`,
        after: {
          file: input.file.name, format: read.format, rows: check.rows.length,
          reports: check.reports.map((r, i) => ({ id: ids[i], measure: r.measureCode, period: r.periodKey, status: r.status, values: r.values, revises: r.revisesId })),
        },
      },
    };
  },
});
