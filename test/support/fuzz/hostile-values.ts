// The values hostile clients send: strings that trip up Unicode handling or PostgreSQL, numbers
// beyond what a column holds, values of the wrong JSON type, and ids that are no ids.
import fc from "fast-check";

/** Strings that look harmless to JavaScript but not to every layer below it. */
export const TRICKY_STRINGS: readonly string[] = [
  "\u0000", // PostgreSQL text cannot hold NUL (22021), jsonb rejects \u0000 (22P05)
  "before\u0000after",
  "\uD800", // lone high surrogate
  "\uDFFF", // lone low surrogate
  "a\uD83Dz",
  "\u202Egnp.exe\u202C", // right-to-left override
  "\u200D\u200C\u200B\u2060", // zero-width joiner, non-joiner, space, word joiner
  "\uFEFFbom",
  "\u2028\u2029",
  "e\u0301\u0327\u0323", // combining marks
  "a" + "\u0301".repeat(5000), // one grapheme cluster of 5001 code points
  "👨‍👩‍👧‍👦".repeat(300), // emoji joined by ZWJ
  "🇮🇷🏳️‍🌈\u{1F600}\u{10FFFF}\uFFFE\uFFFF",
  "اعدام ۱۳۶۷ \u200Fزندان اوین",
  "   ",
  "\t\r\n",
  "NaN",
  "Infinity",
  "-Infinity",
  "1e999",
  "-0",
  "9".repeat(400),
  "0x1F",
  "null",
  "true",
  "{}",
  "[]",
  "'; DROP TABLE \"User\"; --",
  "%00%ZZ%",
  "../../../../etc/passwd",
  "<script>alert(1)</script>",
  "<div>".repeat(5_000) + "x", // deeper than a recursive HTML walker's stack
  "${7*7}{{7*7}}",
  "__proto__",
  "constructor",
  "0000-01-01", // dates JavaScript reads but PostgreSQL does not
  "1988-02-30",
  "1988-13-01",
  "-001988-07-19",
  "275760-09-13T00:00:00Z",
  "1988-07-19T25:61:00+14:00",
];

/** Every UTF-16 code unit, lone surrogates and NUL included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));

export const trickyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TRICKY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: codeUnit, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...TRICKY_STRINGS), fc.string({ maxLength: 10 })).map(([a, b]) => `${b}${a}${b}`) },
);

/** Numbers JSON can carry that no sane field accepts, offsets among them. */
export const HOSTILE_NUMBERS: readonly number[] = [
  -1, -0, 0.5, 1.5, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 2 ** 32, 2 ** 53 + 2, -(2 ** 53) - 2, 1e308, -1e308, Number.MIN_VALUE, 1e21,
];

/** Number literals that JSON.stringify cannot write, sent as raw text. */
export const RAW_NUMBER_LITERALS: readonly string[] = ["1e400", "-1e400", "123456789012345678901234567890", "0.00000000000000000000000000001", "1E+2", "-0.0", "2147483648", "9007199254740993"];

export const wrongTypedValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, 0, "", [], {}, [null], { a: 1 }, [1, "a"]),
  fc.constantFrom(...HOSTILE_NUMBERS),
  trickyString,
  fc.jsonValue({ maxDepth: 3 }),
);

/** Ids as a hostile client might write them; the fixture's real ids are mixed in elsewhere. */
export const hostileId: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("", " ", "\u0000", "abc\u0000", "x".repeat(10_000), "..", "../projects", "%2e%2e", "' OR '1'='1", "null", "undefined", "0", "-1", "9".repeat(40), "\uD800", "prj_\u202E"),
  trickyString,
  fc.string({ maxLength: 80 }),
);
