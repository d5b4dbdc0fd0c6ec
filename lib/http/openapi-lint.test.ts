// The OpenAPI document lints clean with Spectral's `spectral:oas` ruleset, as a client generator or
// an API catalogue would read it: no error and no warning. A rule switched off says why beside it.
import { Document, Spectral } from "@stoplight/spectral-core";
import * as Parsers from "@stoplight/spectral-parsers";
import { oas } from "@stoplight/spectral-rulesets";
import { expect, it } from "vitest";
import { ALL_CONTRACTS } from "./contracts";
import { buildOpenApi } from "./openapi";

const RULESET = {
  extends: [[oas, "recommended"]],
  rules: {
    // The software is deployed by each research group on its own servers: the person to contact is
    // that deployment's operator, and no address written into the software would be the right one.
    "info-contact": "off",
  },
};

const SEVERITY = ["error", "warning", "information", "hint"] as const;

it("lints clean with spectral:oas", async () => {
  const spectral = new Spectral();
  spectral.setRuleset(RULESET as unknown as Parameters<Spectral["setRuleset"]>[0]);
  const doc = buildOpenApi(ALL_CONTRACTS);
  const results = await spectral.run(new Document(JSON.stringify(doc, null, 2), Parsers.Json, "openapi.json"));
  const findings = results
    .filter((r) => r.severity <= 1)
    .map((r) => `${SEVERITY[r.severity]} ${r.code}: ${r.message} at ${r.path.join(".")}`);
  expect(findings).toEqual([]);
  // The ruleset really ran: an operation without a description is reported.
  const bare = buildOpenApi(ALL_CONTRACTS.map((c, i) => (i === 0 ? { ...c, description: undefined } : c)));
  const broken = await spectral.run(new Document(JSON.stringify(bare), Parsers.Json));
  expect(broken.map((r) => r.code)).toContain("operation-description");
}, 60_000);
