import { describe, expect, it } from "vitest";
import { labelLines } from "./label-lines";

describe("labelLines", () => {
  it("keeps a short label on one line", () => {
    expect(labelLines("实施民生共享战略", 9, 2)).toEqual(["实施民生共享战略"]);
  });
  it("breaks a task area's name over two lines as evenly as it can", () => {
    expect(labelLines("全面加快公共基础设施建设", 9, 2)).toEqual(["全面加快公共", "基础设施建设"]);
    expect(labelLines("全面提升教育工作水平", 9, 2)).toEqual(["全面提升教", "育工作水平"]);
    expect(labelLines("一二三四五六七八九十壹", 9, 2)).toEqual(["一二三四五六", "七八九十壹"]);
  });
  it("ends the last line in … when even two lines are too short", () => {
    expect(labelLines("全面加强社会事业各项工作并持续推进民生实事", 9, 2)).toEqual(["全面加强社会事业各", "项工作并持续推进…"]);
  });
  it("counts characters, not UTF-16 units", () => {
    expect(labelLines("𠀀𠀁𠀂", 2, 1)).toEqual(["𠀀…"]);
  });
});
