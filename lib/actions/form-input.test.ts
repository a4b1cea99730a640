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
  it("refuses field names that would reach Object.prototype (prototype pollution)", () => {
    const input = formInput(fd([["__proto__.polluted", "yes"], ["a.constructor.prototype.polluted", "yes"], ["prototype", "x"], ["b.__proto__", "y"], ["ok", "1"]]));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(input).toEqual({ ok: "1" });
    expect(Object.keys(input)).toEqual(["ok"]);
  });
  it("treats a field named like an Object method as data", () => {
    expect(formInput(fd([["toString", "1"], ["hasOwnProperty.x", "2"]]))).toEqual({ toString: "1", hasOwnProperty: { x: "2" } });
  });
});
