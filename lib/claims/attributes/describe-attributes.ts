// A claim's attributes as words, for tables, the attribution line and the W3C annotation's text.
import { ATTRIBUTES, type AttributeDeclaration, type AttributeName } from "./claim-attributes";

type Values = Readonly<Partial<Record<AttributeName, string>>>;

const valueOf = (values: Values, a: AttributeDeclaration) => values[a.name as AttributeName];

/** Every attribute's value, in order ("asserts, estimated"). */
export const allAttributeValues = (values: Values): string[] => ATTRIBUTES.flatMap((a) => valueOf(values, a) ?? []);

/** The values worth a short view: those that differ from their default ("asserts", "asserts, estimated"). */
export const notableAttributeValues = (values: Values): string[] => ATTRIBUTES.flatMap((a) => (valueOf(values, a) && valueOf(values, a) !== a.default ? [valueOf(values, a)!] : []));

/** What follows the attribution sentence, whose verb is one attribute: the other notable values. */
export const attributeQualifiers = (values: Values): string[] => ATTRIBUTES.flatMap((a) => (!a.verb && valueOf(values, a) && valueOf(values, a) !== a.default ? [valueOf(values, a)!] : []));

/** "Stance, modality": the attributes' labels as one heading. */
export const attributesHeading = (): string => ATTRIBUTES.map((a, i) => (i === 0 ? a.label : a.label.toLowerCase())).join(", ");
