// The zod shapes of a claim's attributes inside `attribution`, as the API takes them (an attribute
// with a default may be left out) and as it answers (every attribute present).
import * as z from "zod";
import { ATTRIBUTES, type CLAIM_ATTRIBUTES, type Defaulted } from "./claim-attributes";

type Declared = (typeof CLAIM_ATTRIBUTES)[number];
type Value<A extends Declared> = z.ZodType<A["values"][number]>;
type InputShape = { [A in Declared as A["name"]]: A extends Defaulted ? z.ZodOptional<Value<A>> : Value<A> };
type OutputShape = { [A in Declared as A["name"]]: Value<A> };

export function attributeInputShape(): InputShape {
  return Object.fromEntries(ATTRIBUTES.map((a) => [a.name, a.default === undefined ? z.enum(a.values) : z.enum(a.values).optional()])) as unknown as InputShape;
}

export function attributeOutputShape(): OutputShape {
  return Object.fromEntries(ATTRIBUTES.map((a) => [a.name, z.enum(a.values)])) as unknown as OutputShape;
}
