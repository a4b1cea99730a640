import { z } from "zod";

/**
 * Digits as a Chinese input method types them in full-width mode ("１７５．５") made ASCII, with the
 * full-width point and minus sign, so that a number is read as typed (a minus then gets the
 * "not below 0" message, not "not a number").
 */
export function halfWidthDigits(s: string): string {
  return s.replace(/[\uFF10-\uFF19\uFF0E\uFF0D]/g, (c) => (c === "\uFF0E" ? "." : c === "\uFF0D" ? "-" : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** `schema` reading a typed string with its full-width digits made ASCII first. */
export const withHalfWidthDigits = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === "string" ? halfWidthDigits(v) : v), schema);

export const zId = (label: string) => z.coerce.number({ message: `${label}无效` }).int(`${label}无效`).positive(`${label}无效`);

/** A list of ids from a multi-select or repeated checkbox: one string, several, or none. */
export const zIdList = (label: string) =>
  z.preprocess(
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(zId(label)).max(100, `${label}过多`),
  ).transform((ids) => [...new Set(ids)]);

export const zCheckbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export const zText = (label: string, max: number, min = 1) =>
  z.string({ message: `请填写${label}` }).trim().min(min, min === 1 ? `请填写${label}` : `${label}至少 ${min} 个字`).max(max, `${label}不超过 ${max} 字`);

export const zIsoDay = (label: string) =>
  z
    .string({ message: `请填写${label}` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}须为 年-月-日`)
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), `${label}不是有效日期`)
    .transform((s) => new Date(`${s}T00:00:00Z`));

export const zDecimal = (label: string) =>
  withHalfWidthDigits(
    z
      .string({ message: `请填写${label}` })
      .trim()
      .regex(/^\d{1,10}(\.\d{1,2})?$/, `${label}须为不小于 0 的数字，最多两位小数`),
  );
