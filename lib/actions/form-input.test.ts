import { describe, expect, it } from "vitest";
import { formInput } from "./form-input";

function fd(entries: [string, string][]) {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

describe("formInput", () => {
  it("nests dotted keys", () => {
    expect(formInput(fd([["measureId", "3"], ["values.12", "4"], ["values.13", ""]]))).toEqual({
      measureId: "3",
      values: { "12": "4", "13": "" },
    });
  });
  it("turns a repeated key into an array", () => {
    expect(formInput(fd([["d", "1"], ["d", "2"], ["d", "3"]]))).toEqual({ d: ["1", "2", "3"] });
  });
  it("drops the fields Next.js adds to server-action forms", () => {
    expect(formInput(fd([["$ACTION_ID_abc", ""], ["$ACTION_REF_1", "x"], ["a", "1"]]))).toEqual({ a: "1" });
  });
  it("does not let a dotted key overwrite a plain value's type", () => {
    expect(formInput(fd([["a", "1"], ["a.b", "2"]]))).toEqual({ a: { b: "2" } });
  });
  it("passes plain objects through and treats nothing as empty", () => {
    const obj = { measureId: 1 };
    expect(formInput(obj)).toBe(obj);
    expect(formInput(null)).toEqual({});
    expect(formInput(undefined)).toEqual({});
  });
});
