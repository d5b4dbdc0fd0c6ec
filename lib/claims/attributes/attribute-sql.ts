// The attributes in SQL: each is the Claim column of its name.
import { ATTRIBUTES, type AttributeDeclaration } from "./claim-attributes";

/** The column of one attribute, read from the Claim table aliased `alias`. */
export const attributeSql = (a: AttributeDeclaration, alias: string) => `${alias}."${a.name}"`;

/** `'stance', c."stance", 'modality', c."modality"`: the attributes' pairs for json_build_object. */
export function attributeJsonPairs(alias: string): string {
  return ATTRIBUTES.map((a) => `'${a.name}', ${attributeSql(a, alias)}`).join(", ");
}
