// Which evidence files are accepted: decided by the file's first bytes (its signature) and its
// extension together, never by the browser's claimed type alone. Pure: unit-tested.

export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;
export const MAX_EVIDENCE_FILES = 10;

type Kind = { mime: string; extensions: string[]; signature: (b: Uint8Array) => boolean };

const starts = (b: Uint8Array, ...bytes: number[]) => bytes.every((x, i) => b[i] === x);
const isZip = (b: Uint8Array) => starts(b, 0x50, 0x4b, 0x03, 0x04);
const isOle = (b: Uint8Array) => starts(b, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);

const KINDS: Kind[] = [
  { mime: "application/pdf", extensions: ["pdf"], signature: (b) => starts(b, 0x25, 0x50, 0x44, 0x46, 0x2d) },
  { mime: "image/png", extensions: ["png"], signature: (b) => starts(b, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) },
  { mime: "image/jpeg", extensions: ["jpg", "jpeg"], signature: (b) => starts(b, 0xff, 0xd8, 0xff) },
  { mime: "image/webp", extensions: ["webp"], signature: (b) => starts(b, 0x52, 0x49, 0x46, 0x46) && starts(b.subarray(8), 0x57, 0x45, 0x42, 0x50) },
  { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extensions: ["docx"], signature: isZip },
  { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extensions: ["xlsx"], signature: isZip },
  { mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation", extensions: ["pptx"], signature: isZip },
  { mime: "application/msword", extensions: ["doc"], signature: isOle },
  { mime: "application/vnd.ms-excel", extensions: ["xls"], signature: isOle },
  { mime: "application/vnd.ms-powerpoint", extensions: ["ppt"], signature: isOle },
];

export const ACCEPTED_EXTENSIONS = KINDS.flatMap((k) => k.extensions.map((e) => `.${e}`)).join(",");

export const tooLargeMessage = (name: string, maxBytes = MAX_EVIDENCE_BYTES) => `文件“${name}”超过 ${maxBytes / 1024 / 1024} MB 的大小限制`;

export type FileCheck = { ok: true; mime: string } | { ok: false; message: string };

export function checkEvidenceFile({ name, size, head, maxBytes = MAX_EVIDENCE_BYTES }: { name: string; size: number; head: Uint8Array; maxBytes?: number }): FileCheck {
  if (size === 0) return { ok: false, message: `文件“${name}”是空文件` };
  if (size > maxBytes) return { ok: false, message: tooLargeMessage(name, maxBytes) };
  const extension = name.includes(".") ? name.toLowerCase().split(".").pop()! : "";
  const kind = KINDS.find((k) => k.extensions.includes(extension));
  if (!kind) return { ok: false, message: `文件“${name}”的类型不受支持，请上传 PDF、图片（PNG/JPG/WebP）或 Office 文档` };
  if (!kind.signature(head)) return { ok: false, message: `文件“${name}”的内容与其扩展名不符` };
  return { ok: true, mime: kind.mime };
}
