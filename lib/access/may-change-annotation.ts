// Who may edit or withdraw an annotation: its author, or a member whose role may change anyone's
// (owners). The server decides with it; the reader asks the same function to offer the buttons.
import type { Role } from "../db/generated/enums";
import { can } from "./permissions";

export function mayChangeAnnotation(member: { userId: string; role: Role }, annotation: { createdById: string }): boolean {
  return annotation.createdById === member.userId || can(member.role, "annotation.change_any");
}
