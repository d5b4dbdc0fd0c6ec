import { describe, expect, it } from "vitest";
import { parsePrismaSchema } from "./prisma-schema-models";

const SCHEMA = `
// A comment with a model Fake { word in it
generator client {
  provider = "prisma-client"
}

enum Colour {
  red
  green // a comment
  @@map("colour")
}

/// A doc comment
model Author {
  id        BigInt    @id @default(autoincrement())
  email     String    @unique @map("email_address")
  url       String    @default("https://example.org//path") // a trailing comment
  born      DateTime? @db.Date
  seen      DateTime  @default(now()) @db.Timestamptz(3)
  plain     DateTime
  tags      String[]
  score     Float     @default(0.5)
  data      Json?
  colour    Colour    @default(red)
  search    Unsupported("tsvector")?
  code      String    @db.VarChar(12)
  books     Book[]

  @@index([email])
  @@map("authors")
}

model Book {
  id       String @id
  authorId BigInt
  author   Author @relation(fields: [authorId], references: [id])
}
`;

describe("parsePrismaSchema", () => {
  const parsed = parsePrismaSchema(SCHEMA);
  const author = parsed.models.find((m) => m.name === "Author");
  const field = (name: string) => author?.fields.find((f) => f.name === name);

  it("finds every model and enum, and nothing in comments or other blocks", () => {
    expect(parsed.models.map((m) => m.name)).toEqual(["Author", "Book"]);
    expect(parsed.enums).toEqual([{ name: "Colour", values: ["red", "green"] }]);
  });

  it("reads @@map as the table name", () => {
    expect(author?.table).toBe("authors");
    expect(parsed.models[1]?.table).toBe("Book");
  });

  it("keeps scalar and enum fields in order and skips relation fields", () => {
    expect(author?.fields.map((f) => f.name)).toEqual(["id", "email", "url", "born", "seen", "plain", "tags", "score", "data", "colour", "search", "code"]);
    expect(parsed.models[1]?.fields.map((f) => f.name)).toEqual(["id", "authorId"]);
  });

  it("reads types, optional and list markers, native types, defaults and @map", () => {
    expect(field("id")).toEqual({ name: "id", column: "id", type: "BigInt", kind: "scalar", optional: false, list: false, nativeType: null, default: "autoincrement()" });
    expect(field("email")).toMatchObject({ column: "email_address", type: "String", default: null });
    expect(field("url")).toMatchObject({ default: '"https://example.org//path"' });
    expect(field("born")).toMatchObject({ type: "DateTime", optional: true, nativeType: "Date" });
    expect(field("seen")).toMatchObject({ nativeType: "Timestamptz", default: "now()", optional: false });
    expect(field("plain")).toMatchObject({ nativeType: null, default: null });
    expect(field("tags")).toMatchObject({ type: "String", list: true, optional: false });
    expect(field("score")).toMatchObject({ type: "Float", default: "0.5" });
    expect(field("data")).toMatchObject({ type: "Json", optional: true });
    expect(field("colour")).toMatchObject({ type: "Colour", kind: "enum", default: "red" });
    expect(field("search")).toMatchObject({ type: "tsvector", kind: "unsupported", optional: true });
    expect(field("code")).toMatchObject({ nativeType: "VarChar" });
  });

  it("refuses a field line it cannot read rather than skipping it", () => {
    expect(() => parsePrismaSchema("model M {\n  id String @id\n  ??? nonsense\n}\n")).toThrow(/nonsense/);
  });
});
