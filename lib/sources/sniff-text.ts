// Byte-level tests shared by the text and HTML kinds.

/** UTF-8 throughout (a character cut by the end of `head` is allowed) and no NUL or other C0 binary controls. */
export function looksLikeUtf8Text(head: Uint8Array, complete: boolean): boolean {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: !complete });
  } catch {
    return false;
  }
  // Tab, line feed, form feed and carriage return are text; other C0 controls mean a binary file.
  return !/[\u0000-\u0008\u000b\u000e-\u001a\u001c-\u001f]/.test(text);
}

/** The start of the file as text, BOM and leading white space removed, lower-cased. */
export function textStart(head: Uint8Array, length = 2048): string {
  return new TextDecoder("utf-8", { fatal: false })
    .decode(head.subarray(0, length))
    .replace(/^\uFEFF/, "")
    .trimStart()
    .toLowerCase();
}
