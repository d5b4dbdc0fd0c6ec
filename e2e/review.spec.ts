// The review workflow end to end: an annotator's claim goes through "request changes", an edit,
// two approvals from different reviewers (the project needs two) and shows it all in its history.
// Decisions are made with the review queue's keyboard shortcuts; nobody may approve their own claim.
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./helpers";
import { addDocument, annotate, ok, person, projectWith, queueReady, submittedClaim } from "./review-fixtures";

const TEXT = "In the summer of 1988, some 30,000 political prisoners were executed, the organisation says. Others count 5,000 killed in Evin.";

interface HistoryEvent {
  type: string;
  actorId: string | null;
  data: { review?: { decision: string; credibility: number | null }; after?: { status?: string } };
}

test("[REVIEW]: submit, request changes, edit, second approval, history", async ({ browser }) => {
  test.setTimeout(180_000);
  const owner = await person(browser, "owner");
  const annotator = await person(browser, "annotator");
  const reviewer1 = await person(browser, "reviewer1");
  const reviewer2 = await person(browser, "reviewer2");
  const projectId = await projectWith(owner, [[annotator, "annotator"], [reviewer1, "reviewer"], [reviewer2, "reviewer"]]);
  const queue = `/projects/${projectId}/review`;

  // The owner asks for two approvals on the settings page.
  await owner.page.goto(`/projects/${projectId}/settings`);
  await owner.page.getByLabel("Approvals required").fill("2");
  await owner.page.getByRole("button", { name: "Save settings" }).click();
  await expect(owner.page.getByText("Saved. Claims now need 2 approvals; blind double annotation is off.")).toBeVisible();
  await expectAccessible(owner.page);

  // The annotator makes and submits a claim through the API.
  const documentId = await addDocument(annotator, projectId, "Statement on 1988", TEXT);
  const evidence = await annotate(annotator, documentId, "some 30,000 political prisoners were executed");
  const org = (await ok<{ id: string }>(await annotator.page.request.post(`/api/v1/projects/${projectId}/entities`, { data: { kind: "organization", name: "The organisation" } }), 201)).id;
  const claimId = await submittedClaim(annotator, projectId, evidence, org, { kind: "approx", value: 30000 }, "executed");
  expect((await annotator.page.request.post(`/api/v1/claims/${claimId}/reviews`, { data: { decision: "approve" } })).status()).toBe(403);

  // Reviewer 1 requests changes from the queue, with the keyboard.
  const r1 = reviewer1.page;
  await r1.goto(queue);
  await queueReady(r1);
  const row = r1.getByRole("row", { name: /≈ 30,000 executed/ });
  await expect(row).toContainText("0 / 2");
  await expect(row).toContainText("some 30,000 political prisoners were executed");
  await expectAccessible(r1);
  await r1.keyboard.press("o");
  const thread = r1.getByRole("region", { name: /Discussion/ });
  await thread.getByRole("textbox", { name: "Comment on this claim" }).fill("Is 30,000 the organisation's own estimate?");
  await thread.getByRole("button", { name: "Post comment" }).click();
  await expect(thread.getByText("Is 30,000 the organisation's own estimate?")).toBeVisible();
  await r1.locator("body").click({ position: { x: 5, y: 5 } });
  await r1.keyboard.press("c");
  const dialog = r1.getByRole("dialog", { name: /Request changes/ });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Request changes" }).click();
  await expect(dialog.getByText("Note is required when not approving.")).toBeVisible();
  await expectAccessible(r1);
  await dialog.getByLabel("Note").fill("The source says “some”: make it at least 30,000.");
  await dialog.getByRole("button", { name: "Request changes" }).click();
  await expect(r1.getByText("“≈ 30,000 executed”: Changes requested; the claim went back to its author.")).toBeVisible();
  await expect(r1.getByText("Nothing is waiting for review.")).toBeVisible();

  // The annotator edits the claim on its page. Meanwhile the same claim is changed elsewhere (another
  // tab of theirs): the save gets 409, and the page lays out both edits to merge, losing neither.
  const a = annotator.page;
  const before = await ok<{ version: number; status: string }>(await a.request.get(`/api/v1/claims/${claimId}`));
  expect(before.status).toBe("changes_requested");
  const v = before.version;
  await a.goto(`/projects/${projectId}/claims/${claimId}`);
  await expect(a.getByRole("button", { name: /^Edit claim/ })).toBeEnabled();
  await a.keyboard.press("e");
  const edit = a.getByRole("form", { name: `Edit claim (version ${v})` });
  await expect(edit.getByLabel("Count: number")).toHaveValue("30000");
  await edit.getByLabel("Count: kind").selectOption("at_least");
  await expectAccessible(a);
  const elsewhere = await ok<{ version: number }>(
    await annotator.page.request.patch(`/api/v1/claims/${claimId}`, {
      data: { version: v, fields: { count: { kind: "approx", value: 31000 }, outcome: "executed" }, attribution: { assertedBy: org, stance: "asserts", modality: "estimated" } },
    }),
  );
  expect(elsewhere.version).toBe(v + 1);
  await edit.getByRole("button", { name: "Save changes" }).click();
  const merge = a.getByRole("region", { name: "Someone changed this claim while you edited it" });
  await expect(merge).toContainText(`It is now version ${v + 1}.`);
  await expect(merge.locator('[data-part="attribution.modality"]')).toContainText("Current (only they changed it)");
  const count = merge.locator('[data-part="fields.count"]');
  await expect(count).toContainText("≥ 30,000");
  await expect(count).toContainText("≈ 31,000");
  await expect(merge.getByRole("button", { name: "Choose 1 more" })).toBeDisabled();
  await expectAccessible(a);
  await count.getByRole("radio", { name: "Yours" }).check();
  await merge.getByRole("button", { name: "Save the merge" }).click();
  await expect(a.getByText(`Saved as version ${v + 2}.`)).toBeVisible();
  const merged = await ok<{ version: number; status: string; fields: object; attribution: { modality: string } }>(await annotator.page.request.get(`/api/v1/claims/${claimId}`));
  expect(merged).toMatchObject({ version: v + 2, status: "changes_requested", fields: { count: { kind: "at_least", value: 30000 }, outcome: "executed" }, attribution: { modality: "estimated" } });
  await a.getByRole("button", { name: /^Submit for review/ }).click();
  await expect(a.locator("section[aria-labelledby=status-heading] .claim-status")).toHaveText("Submitted");
  await expect(a.getByRole("button", { name: /^Edit claim/ })).toHaveCount(0);

  // Reviewer 1 approves with credibility 3: one of two approvals.
  await r1.goto(queue);
  await queueReady(r1);
  await r1.keyboard.press("3");
  await r1.keyboard.press("a");
  await expect(r1.getByText("“≥ 30,000 executed”: Your approval is recorded; the claim needs 2 approvals from different reviewers.")).toBeVisible();
  await expect(r1.getByRole("row", { name: /≥ 30,000 executed/ })).toContainText("1 / 2");

  // Reviewer 2 has a claim of their own in the queue: greyed, and refused when they approve it.
  const own = await submittedClaim(reviewer2, projectId, await annotate(reviewer2, documentId, "5,000 killed"), org, { kind: "exact", value: 5000 }, "killed");
  const r2 = reviewer2.page;
  await r2.goto(queue);
  await queueReady(r2);
  await expect(r2.getByRole("row", { name: /5,000 killed/ })).toContainText("your claim — someone else must review");
  await r2.keyboard.press("j");
  await expect(r2.locator(".queue-row.is-current")).toContainText("5,000 killed");
  await r2.keyboard.press("a");
  await expect(r2.getByText("“5,000 killed”: Nobody reviews their own claim.")).toBeVisible();
  expect((await r2.request.post(`/api/v1/claims/${own}/reviews`, { data: { decision: "approve" } })).status()).toBe(403);

  // Reviewer 2 selects both claims and approves them together: one approved, one refused.
  await r2.keyboard.press("x");
  await r2.keyboard.press("k");
  await r2.keyboard.press("x");
  await expect(r2.getByText("2 selected")).toBeVisible();
  await r2.keyboard.press("Shift+A");
  const outcomes = r2.getByRole("region", { name: "Bulk approval, claim by claim" });
  await expect(outcomes.getByRole("listitem").filter({ hasText: "≥ 30,000 executed" })).toContainText("approved");
  await expect(outcomes.getByRole("listitem").filter({ hasText: "5,000 killed" })).toContainText("refused — Nobody reviews their own claim.");
  await expect(r2.getByText("Applied to 1 of 2 claims; 1 refused (see the list).")).toBeVisible();
  await expect(r2.getByRole("row", { name: /≥ 30,000 executed/ })).toHaveCount(0);
  await expectAccessible(r2);

  // The history holds every step, oldest first, with who did it.
  const claim = await ok<{ status: string; credibility: number }>(await owner.page.request.get(`/api/v1/claims/${claimId}`));
  expect(claim).toMatchObject({ status: "approved", credibility: 3 });
  const history = await ok<{ items: HistoryEvent[] }>(await owner.page.request.get(`/api/v1/claims/${claimId}/history`));
  expect(history.items.map((e) => [e.data.review?.decision ?? e.type, e.actorId])).toEqual([
    ["claim.created", annotator.id],
    ["claim.submitted", annotator.id],
    ["comment.created", reviewer1.id],
    ["request_changes", reviewer1.id],
    ["claim.updated", annotator.id],
    ["claim.updated", annotator.id],
    ["claim.submitted", annotator.id],
    ["approve", reviewer1.id],
    ["approve", reviewer2.id],
  ]);
  expect(history.items.at(-1)?.data.after?.status).toBe("approved");
  const comments = await ok<{ items: { body: string; author: string }[] }>(await owner.page.request.get(`/api/v1/claims/${claimId}/comments`));
  expect(comments.items).toEqual([expect.objectContaining({ body: "Is 30,000 the organisation's own estimate?", author: reviewer1.id })]);
});

test("[REVIEW]: assignments, blind double annotation, submitting work, agreement", async ({ browser }) => {
  test.setTimeout(180_000);
  const owner = await person(browser, "owner");
  const first = await person(browser, "annotator1");
  const second = await person(browser, "annotator2");
  const reviewer = await person(browser, "reviewer");
  const projectId = await projectWith(owner, [[first, "annotator"], [second, "annotator"], [reviewer, "reviewer"]]);
  const text = "In 1988, 30,000 prisoners were executed. Others say 4,000 to 5,000 were killed in Evin.";
  const documentId = await addDocument(owner, projectId, "Two counts", text);

  await owner.page.goto(`/projects/${projectId}/settings`);
  await owner.page.getByLabel("Blind double annotation").check();
  await owner.page.getByRole("button", { name: "Save settings" }).click();
  await expect(owner.page.getByText("blind double annotation is on")).toBeVisible();

  await owner.page.goto(`/projects/${projectId}/assignments`);
  const form = owner.page.getByRole("form", { name: "Assign a document" });
  for (const p of [first, second]) {
    await form.getByLabel("Document").selectOption({ label: "Two counts" });
    await form.getByLabel("Annotator").selectOption({ label: `${p.account.name} (annotator)` });
    await form.getByRole("button", { name: "Assign" }).click();
    await expect(owner.page.getByText(`Assigned “Two counts” to ${p.account.name}.`)).toBeVisible();
  }
  await expectAccessible(owner.page);

  const org = (await ok<{ id: string }>(await owner.page.request.post(`/api/v1/projects/${projectId}/entities`, { data: { kind: "organization", name: "Org" } }), 201)).id;
  await submittedClaim(first, projectId, await annotate(first, documentId, "30,000 prisoners were executed"), org, { kind: "exact", value: 30000 }, "executed");
  await submittedClaim(first, projectId, await annotate(first, documentId, "4,000 to 5,000"), org, { kind: "exact", value: 4000 }, "killed");
  await submittedClaim(second, projectId, await annotate(second, documentId, "30,000 prisoners were executed"), org, { kind: "exact", value: 30000 }, "executed");
  await submittedClaim(second, projectId, await annotate(second, documentId, "4,000 to 5,000 were killed"), org, { kind: "exact", value: 5000 }, "killed");

  for (const p of [first, second]) {
    await p.page.goto(`/projects/${projectId}/assignments`);
    const mine = p.page.getByRole("table", { name: "Documents assigned to you" }).getByRole("row", { name: /Two counts/ });
    await expect(mine).toContainText("2");
    await expect(mine.getByRole("link", { name: "Two counts" })).toHaveAttribute("href", `/projects/${projectId}/documents/${documentId}`);
    await expectAccessible(p.page);
    await mine.getByRole("button", { name: "Submit my work on “Two counts”" }).click();
    await expect(mine).toContainText("Submitted");
  }

  await reviewer.page.goto(`/projects/${projectId}/assignments`);
  await expect(reviewer.page.getByRole("rowheader", { name: /Two counts · 2 of 2 submitted/ })).toBeVisible();
  await reviewer.page.getByRole("link", { name: "Agreement on “Two counts”" }).click();
  await expect(reviewer.page.getByRole("heading", { level: 1, name: "Agreement" })).toBeVisible();
  const pair = reviewer.page.locator("#pairs-table").getByRole("row", { name: new RegExp(first.account.name) });
  await expect(pair).toContainText("0.50");
  await expect(pair).toContainText("1.00");
  await expect(reviewer.page.getByRole("img", { name: /Span agreement \(F1\) per annotator pair/ })).toBeVisible();
  const counts = reviewer.page.locator(".disagreement-group").filter({ has: reviewer.page.getByRole("heading", { name: "Victim count · Count" }) });
  await expect(counts.locator("blockquote")).toHaveText("4,000 to 5,000 were killed");
  await expect(counts).toContainText(`${first.account.name}4,000`);
  await expect(counts).toContainText(`${second.account.name}5,000`);
  await expectAccessible(reviewer.page);
});
