// A claim's attributes: the qualities of an assertion a claim carries beside its fields (how the
// source relates to it, how sure it is). Each is declared once here: the Claim column of its name
// (SQL), its key in the API's `attribution`, in JSONL records and in the compare rows, its CSV and
// data-package column, its label and its values. Every view of a claim reads this list, in order.

export interface AttributeDeclaration {
  /** The Claim column, the key in `attribution` (API, JSONL, W3C body, compare rows) and the CSV column. */
  name: string;
  label: string;
  values: readonly [string, ...string[]];
  valueLabels: Readonly<Record<string, string>>;
  /** Stored when a claim leaves it out (then it is optional in the API), and not worth showing in short views. */
  default?: string;
  /** The CSV column's documentation (datapackage.json). */
  description: string;
  /** The attribution sentence reads it as its verb ("NCRI asserts"); other attributes follow the sentence. */
  verb?: boolean;
}

export const CLAIM_ATTRIBUTES = [
  {
    name: "stance",
    label: "Stance",
    values: ["asserts", "quotes", "disputes", "denies"],
    valueLabels: { asserts: "Asserts", quotes: "Quotes", disputes: "Disputes", denies: "Denies" },
    description: "How the asserting source relates to the claim: asserts, quotes, disputes or denies.",
    verb: true,
  },
  {
    name: "modality",
    label: "Modality",
    values: ["alleged", "estimated", "confirmed", "unspecified"],
    valueLabels: { alleged: "Alleged", estimated: "Estimated", confirmed: "Confirmed", unspecified: "Unspecified" },
    default: "unspecified",
    description: "alleged, estimated, confirmed or unspecified.",
  },
] as const satisfies readonly AttributeDeclaration[];

type Declared = (typeof CLAIM_ATTRIBUTES)[number];
export type AttributeName = Declared["name"];
export type Defaulted = Extract<Declared, { default: string }>;

/** Each attribute's value, as stored and shown. */
export type AttributeValues = { [A in Declared as A["name"]]: A["values"][number] };

/** As the API takes them: an attribute with a default may be left out. */
export type AttributeInput = { [A in Exclude<Declared, Defaulted> as A["name"]]: A["values"][number] } & { [A in Defaulted as A["name"]]?: A["values"][number] };

/** The same list, each entry as the general declaration (for code that loops over them). */
export const ATTRIBUTES: readonly AttributeDeclaration[] = CLAIM_ATTRIBUTES;

/** The attributes of a stored claim (or of anything holding them), in declared order. */
export function attributeValues(row: AttributeValues): AttributeValues {
  return Object.fromEntries(ATTRIBUTES.map((a) => [a.name, row[a.name as AttributeName]])) as AttributeValues;
}

/** The attributes to store from a claim's input: defaults for those left out. */
export function storedAttributes(input: AttributeInput): AttributeValues {
  const given = input as Partial<Record<string, string>>;
  return Object.fromEntries(ATTRIBUTES.map((a) => [a.name, given[a.name] ?? a.default])) as AttributeValues;
}
