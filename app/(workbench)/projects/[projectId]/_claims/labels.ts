// Words for the enums and field names of claims, as the pages show them.
import { CLAIM_STATUS_LABELS } from "@/lib/claims/claim-status";

export const STATUS_LABELS: Record<string, string> = CLAIM_STATUS_LABELS;

export const statusLabel = (status: string) => STATUS_LABELS[status] ?? humanize(status);

/** "eventType" → "Event type", "victim_count" → "Victim count". */
export function humanize(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_\s]+/g, " ")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * An entity's role in a claim, from the stored role ("asserted_by", "reported_by", "via",
 * "field:<name>"): "asserted by", "via", "subject (event)", "field: place".
 */
export function roleLabel(role: string, isSubject: boolean): string {
  if (role === "asserted_by") return "asserted by";
  if (role === "reported_by") return "reported by";
  if (role === "via") return "via";
  if (role.startsWith("field:")) {
    const field = humanize(role.slice("field:".length)).toLowerCase();
    return isSubject ? `subject (${field})` : `field: ${field}`;
  }
  return humanize(role).toLowerCase();
}

/** Roles in the order a reader follows a claim: what it is about, who says it, through whom. */
export function roleOrder(role: string): number {
  if (role.startsWith("field:")) return 0;
  return { asserted_by: 1, via: 2, reported_by: 3 }[role] ?? 4;
}

export const ENTITY_KIND_LABELS: Record<string, string> = {
  person: "Person",
  organization: "Organisation",
  place: "Place",
  event: "Event",
  other: "Other",
};

/** Built-in types by their name ("Victim count"), project-defined ones by theirs, humanised. */
export function typeLabeller(types: readonly { id: string; name: string; builtIn: boolean }[]) {
  const labels = new Map(types.map((t) => [t.builtIn ? t.id : t.name, t.builtIn ? t.name : humanize(t.name)]));
  return (type: string) => labels.get(type) ?? humanize(type);
}
