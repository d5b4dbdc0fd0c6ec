// A project with claims worth exporting, made through the public API: a source mixing emoji,
// Persian with ZWNJ and CRLF line ends; approved, submitted and deprecated claims of several types;
// entities with Admiralty reliabilities; a via chain. Shared by the export and release tests.
import { expect } from "vitest";
import { POST as postAnnotation } from "@/app/api/v1/documents/[documentId]/annotations/route";
import { POST as deprecate } from "@/app/api/v1/claims/[claimId]/deprecate/route";
import { POST as review } from "@/app/api/v1/claims/[claimId]/reviews/route";
import { POST as submit } from "@/app/api/v1/claims/[claimId]/submit/route";
import { POST as postClaim } from "@/app/api/v1/projects/[projectId]/claims/route";
import { POST as postDocument } from "@/app/api/v1/projects/[projectId]/documents/route";
import { POST as postEntity } from "@/app/api/v1/projects/[projectId]/entities/route";
import { call, type CallResult, type JsonBody } from "./api";
import { createTeam, type Team } from "./fixtures";

export const MIXED_TEXT =
  "Report of 1988\r\nWitnesses 👩🏽‍⚖️ said some 30,000 prisoners were executed.\r\nگزارش می‌گوید که ۳۰٬۰۰۰ زندانی اعدام شدند 😀.\r\nEnd of report.";

export interface ExportData {
  team: Team;
  documents: { mixed: { id: string; text: string }; plain: { id: string; text: string } };
  entities: Record<"amnesty" | "witness" | "massacre" | "evin" | "montazeri", string>;
  claims: { counted: string; role: string; statement: string; deprecated: string };
}

async function ok(promise: Promise<CallResult>, status = 201): Promise<JsonBody> {
  const res = await promise;
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body;
}

export async function createExportData(team?: Team): Promise<ExportData> {
  const t = team ?? (await createTeam());
  const p = { projectId: t.projectId };
  const a = t.annotator.token;
  const mixed = await ok(call(postDocument, { token: a, params: p, body: { title: "Report «1988»", text: MIXED_TEXT, sourceUrl: "https://example.org/report-1988", publisher: "Example News" } }));
  const plainText = "Hossein-Ali Montazeri was Deputy Supreme Leader until 1989.";
  const plain = await ok(call(postDocument, { token: a, params: p, body: { title: "Biography", text: plainText } }));
  const entity = async (body: Record<string, unknown>) => (await ok(call(postEntity, { token: t.owner.token, params: p, body }))).id as string;
  const entities = {
    amnesty: await entity({ kind: "organization", name: "Amnesty International", reliability: "B" }),
    witness: await entity({ kind: "person", name: "شاهد (Witness)" }),
    massacre: await entity({ kind: "event", name: "1988 massacre" }),
    evin: await entity({ kind: "place", name: "Evin Prison" }),
    montazeri: await entity({ kind: "person", name: "Hossein-Ali Montazeri" }),
  };
  const span = async (documentId: string, quote: Record<string, string>) => (await ok(call(postAnnotation, { token: a, params: { documentId }, body: { quote } }))).id as string;
  const emoji = await span(mixed.id, { exact: "👩🏽‍⚖️ said some 30,000" });
  const persian = await span(mixed.id, { exact: "می‌گوید که ۳۰٬۰۰۰ زندانی" });
  const crlf = await span(mixed.id, { exact: "executed.\r\nگزارش" });
  const role = await span(plain.id, { exact: "Deputy Supreme Leader" });
  const claim = async (body: Record<string, unknown>) => (await ok(call(postClaim, { token: a, params: p, body }))).id as string;
  const approve = async (claimId: string) => {
    await ok(call(submit, { token: a, params: { claimId } }), 200);
    await ok(call(review, { token: t.reviewer.token, params: { claimId }, body: { decision: "approve", credibility: 2 } }), 201);
  };
  const claims = {
    counted: await claim({
      type: "victim_count",
      fields: { count: { kind: "approx", value: 30000 }, outcome: "executed", event: entities.massacre, place: entities.evin, period: { from: "1988-07", to: "1988-09" } },
      evidence: [emoji, persian],
      attribution: { assertedBy: entities.amnesty, via: [entities.witness], stance: "asserts", modality: "estimated" },
    }),
    role: await claim({ type: "role", fields: { person: entities.montazeri, role: "Deputy Supreme Leader" }, evidence: [role], attribution: { assertedBy: entities.amnesty, stance: "asserts" } }),
    statement: await claim({ type: "statement", fields: { speaker: entities.witness, quote: "They were executed." }, evidence: [crlf], attribution: { assertedBy: entities.witness, stance: "quotes" } }),
    deprecated: await claim({
      type: "victim_count",
      fields: { count: { kind: "range", min: 2800, max: 5000 }, outcome: "executed", event: entities.massacre },
      evidence: [crlf],
      attribution: { assertedBy: entities.amnesty, stance: "asserts", modality: "alleged" },
    }),
  };
  await approve(claims.counted);
  await approve(claims.role);
  await approve(claims.deprecated);
  await ok(call(submit, { token: a, params: { claimId: claims.statement } }), 200);
  await ok(call(deprecate, { token: t.reviewer.token, params: { claimId: claims.deprecated }, body: { reason: "Superseded by the 30,000 estimate." } }), 200);
  return { team: t, documents: { mixed: { id: mixed.id, text: MIXED_TEXT }, plain: { id: plain.id, text: plainText } }, entities, claims };
}
