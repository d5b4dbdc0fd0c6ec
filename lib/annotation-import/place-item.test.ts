import { describe, expect, it } from "vitest";
import { placeItem } from "./place-item";

const text = "They were executed. Others were executed too. 👩🏽‍⚖️ gave testimony.";
const item = (extra: object) => ({ index: 0, target: 0, source: null, ...extra });

describe("placeItem", () => {
  it("places by quote, using prefix and suffix", () => {
    expect(placeItem(text, item({ quote: { exact: "executed", suffix: " too" } }), false)).toEqual({ ok: true, start: 32, end: 40 });
  });

  it("uses a position only to choose between equally fitting places", () => {
    expect(placeItem(text, item({ quote: { exact: "executed" } }), false)).toMatchObject({ ok: false, reason: "ambiguous" });
    expect(placeItem(text, item({ quote: { exact: "executed" }, position: { start: 32, end: 40 } }), false)).toEqual({ ok: true, start: 32, end: 40 });
    expect(placeItem(text, item({ quote: { exact: "executed" }, position: { start: 1, end: 9 } }), false)).toMatchObject({ ok: false, reason: "ambiguous" });
  });

  it("reports a quote that is not in the text", () => {
    expect(placeItem(text, item({ quote: { exact: "acquitted" } }), false)).toMatchObject({ ok: false, reason: "not_found" });
  });

  it("trusts a bare position only on the very version it was measured on", () => {
    expect(placeItem(text, item({ position: { start: 5, end: 9 } }), false)).toMatchObject({ ok: false, reason: "no_quote" });
    expect(placeItem(text, item({ position: { start: 5, end: 9 } }), true)).toEqual({ ok: true, start: 5, end: 9 });
    expect(placeItem(text, item({ position: { start: 47, end: 48 } }), true)).toMatchObject({ ok: false, reason: "bad_position" });
  });
});
