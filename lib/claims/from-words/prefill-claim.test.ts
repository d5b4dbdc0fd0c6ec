import { describe, expect, it } from "vitest";
import { formClaimTypes } from "../types/form-fields";
import { BUILTIN_TYPES } from "../types/builtin";
import { mentionFinder, type NamedEntity } from "./find-mentions";
import { guessClaimType, prefillFields, rankEvents } from "./prefill-claim";
import { parsePeriod } from "./parse-period";

const entities: NamedEntity[] = [
  { id: "ent_massacre", kind: "event", name: "1988 massacre", aliases: ["1988 mass executions", "کشتار ۶۷"] },
  { id: "ent_raisi", kind: "person", name: "Ebrahim Raisi", aliases: ["Raisi", "ابراهیم رئیسی"] },
  { id: "ent_commission", kind: "organization", name: "Death Commission", aliases: ["هیئت مرگ"] },
  { id: "ent_iran", kind: "place", name: "Iran", aliases: [] },
  { id: "ent_ai", kind: "organization", name: "Amnesty International", aliases: [] },
];
const find = mentionFinder(entities);
const types = formClaimTypes([]);
const type = (id: string) => types.find((t) => t.id === id)!;

describe("prefillFields", () => {
  it("fills a victim count from the selected words and the paragraph around them", () => {
    const words = "more than 30,000 political prisoners were executed";
    const paragraph = `In the 1988 massacre in Iran, ${words} in a few months.`;
    const input = { words, mentions: find(words), contextMentions: find(paragraph), context: paragraph };
    expect(guessClaimType(types, input)).toBe("victim_count");
    const fields = prefillFields(type("victim_count"), input);
    expect(fields).toEqual({ count: { kind: "at_least", value: 30000 }, outcome: "executed", event: "ent_massacre", place: "ent_iran", period: { from: "1988", to: "1988" } });
    // What the form proposes is what the server will accept.
    expect(BUILTIN_TYPES.victim_count!.schema.safeParse(fields).success).toBe(true);
  });

  it("fills a role: the person named and the role phrase", () => {
    const words = "Ebrahim Raisi, a member of the Death Commission";
    const input = { words, mentions: find(words) };
    expect(guessClaimType(types, input)).toBe("role");
    expect(prefillFields(type("role"), input)).toEqual({ person: "ent_raisi", role: "a member of the Death Commission", organization: "ent_commission" });
  });

  it("fills a statement from quoted words, without the quote marks", () => {
    const words = "“We will not forget,” said Amnesty International";
    const input = { words, mentions: find(words) };
    expect(guessClaimType(types, input)).toBe("statement");
    expect(prefillFields(type("statement"), input)).toEqual({ speaker: "ent_ai", quote: "We will not forget,” said Amnesty International" });
  });

  it("finds names in Persian, and not inside longer words", () => {
    expect(find("ابراهیم رئیسی عضو هیئت مرگ بود").map((m) => m.entityId)).toEqual(["ent_raisi", "ent_commission"]);
    expect(find("Iranian officials")).toEqual([]);
  });

  it("falls back on the event the document names most, for event fields only", () => {
    const doc = "On the 1988 massacre. Iran. The 1988 mass executions were a crime.";
    const words = "30,000 prisoners were slain";
    const fields = prefillFields(type("victim_count"), { words, mentions: [], documentEvents: rankEvents(find(doc)) });
    expect(fields).toEqual({ count: { kind: "exact", value: 30000 }, outcome: "killed", event: "ent_massacre" });
  });

  it("leaves out what the words do not say", () => {
    expect(prefillFields(type("victim_count"), { words: "the prisons were quiet", mentions: [] })).toEqual({});
  });
});

describe("parsePeriod", () => {
  it("keeps the precision the source gives", () => {
    expect(parsePeriod("in July 1988")).toEqual({ from: "1988-07", to: "1988-07" });
    expect(parsePeriod("from 1981 to 1988")).toEqual({ from: "1981", to: "1988" });
    expect(parsePeriod("on 19 July 1988")).toEqual({ from: "1988-07-19", to: "1988-07-19" });
    expect(parsePeriod("no date here")).toBeUndefined();
  });
});
