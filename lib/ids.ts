// Opaque ids: a short type prefix (so a misplaced id is obvious in logs) and 96 random bits.
import { randomBytes } from "node:crypto";

export type IdKind = "usr" | "tok" | "prj" | "doc" | "ann" | "ent" | "clm" | "typ" | "rev" | "cmt" | "asg" | "rel" | "sug";

export function newId(kind: IdKind): string {
  return `${kind}_${randomBytes(12).toString("base64url")}`;
}
