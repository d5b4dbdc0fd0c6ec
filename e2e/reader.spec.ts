// The reader end to end: annotating by selecting words (mouse and keyboard shortcut), in English and
// in a right-to-left Persian paragraph with a ZWNJ, exact offsets checked against the API; and a
// second person's annotation and presence arriving live. Highlights are read back from the CSS
// Custom Highlight registry, so the test sees what the reader painted.
import { readFileSync } from "node:fs";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { DEMO_PROJECT, expectAccessible, signIn } from "./helpers";

const ANNOTATOR = { email: "annotator@demo.example", password: "demo-password-1988", name: "Anna Annotator" };
const REVIEWER = { email: "reviewer@demo.example", password: "demo-password-1988", name: "Reza Reviewer" };
const SEED_000 = readFileSync(new URL("../seeds/sources/000_33eb88c9cdc5cc6a.txt", import.meta.url), "utf8");
const SEED_001 = readFileSync(new URL("../seeds/sources/001_645d71b2a558edf2.txt", import.meta.url), "utf8");
const readerUrl = (documentId: string) => `/projects/${DEMO_PROJECT.id}/documents/${documentId}`;

async function openReader(page: Page, documentId: string): Promise<void> {
  await page.goto(readerUrl(documentId));
  await page.waitForFunction(() => performance.getEntriesByName("reader:interactive").length > 0);
}

/** The text of every range in one highlight layer. */
function highlighted(page: Page, layer: string): Promise<string[]> {
  return page.evaluate((name) => {
    const ranges = [...(CSS.highlights.get(name) ?? [])] as AbstractRange[];
    return ranges.map((r) => {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live.toString();
    });
  }, layer);
}

/** Whether every character of a phrase (first occurrence in the text) is painted by a depth layer. */
function paintedOver(page: Page, phrase: string): Promise<boolean> {
  return page.evaluate((words) => {
    const p = [...document.querySelectorAll("article [data-rd-content] p")].find((el) => el.textContent?.includes(words))!;
    const node = p.firstChild as Text;
    const from = node.data.indexOf(words);
    const covered = new Set<number>();
    for (const name of ["rd-d1", "rd-d2", "rd-d3"]) {
      for (const r of (CSS.highlights.get(name) ?? []) as Iterable<AbstractRange>) {
        if (r.startContainer === node) for (let i = r.startOffset; i < r.endOffset; i++) covered.add(i);
      }
    }
    return [...words].every((_, i) => covered.has(from + i));
  }, phrase);
}

/** Screen points at the outer edges of a phrase's first and last characters, as rendered. */
async function phraseEdges(page: Page, phrase: string) {
  return page.evaluate((words) => {
    const p = [...document.querySelectorAll("article [data-rd-content] p")].find((el) => el.textContent?.includes(words))!;
    const node = p.firstChild as Text;
    const at = node.data.indexOf(words);
    const box = (i: number) => {
      const r = document.createRange();
      r.setStart(node, i);
      r.setEnd(node, i + 1);
      return r.getBoundingClientRect();
    };
    const first = box(at);
    const last = box(at + words.length - 1);
    const rtl = getComputedStyle(p).direction === "rtl";
    return {
      from: { x: rtl ? first.right - 1 : first.left + 1, y: first.top + first.height / 2 },
      to: { x: rtl ? last.left + 1 : last.right - 1, y: last.top + last.height / 2 },
      dir: getComputedStyle(p).direction,
    };
  }, phrase);
}

async function dragSelect(page: Page, phrase: string): Promise<void> {
  const { from, to } = await phraseEdges(page, phrase);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, to.y, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
}

const isPost = (documentId: string) => (r: { url(): string; request(): { method(): string } }) =>
  r.url().endsWith(`/api/v1/documents/${documentId}/annotations`) && r.request().method() === "POST";

test("[READER]: annotate a seed source by selecting text", async ({ page }) => {
  const phrase = "30,000 regime opponents";
  const start = SEED_000.indexOf(phrase);
  await signIn(page, ANNOTATOR);
  await openReader(page, "doc_seed_000");
  await expect(page.getByRole("article", { name: "Document text" })).toContainText(phrase);

  await dragSelect(page, phrase);
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(phrase);
  const button = page.getByRole("button", { name: /^Annotate/ });
  await expect(button).toBeVisible();
  const [response] = await Promise.all([page.waitForResponse(isPost("doc_seed_000")), page.keyboard.press("a")]);
  expect(response.status()).toBe(201);
  const created = (await response.json()) as { id: string; start: number; end: number; exact: string };
  expect(created).toMatchObject({ start, end: start + phrase.length, exact: phrase });

  // Painted in the text (as the open annotation, and in the depth layer), listed in the panel.
  await expect.poll(() => highlighted(page, "rd-selected")).toEqual([phrase]);
  expect(await paintedOver(page, phrase)).toBe(true);
  const list = page.getByRole("list", { name: "Annotations in text order" });
  await expect(list.getByText(phrase, { exact: true })).toBeVisible();
  await expect(page.getByTestId("annotation-exact")).toHaveText(phrase);

  // The API holds exactly the selected words at the right offsets.
  const listed = await page.request.get("/api/v1/documents/doc_seed_000/annotations?limit=500");
  const items = ((await listed.json()) as { items: { id: string; start: number; end: number; exact: string }[] }).items;
  expect(items.find((a) => a.id === created.id)).toMatchObject({ start, end: start + phrase.length, exact: SEED_000.slice(start, start + phrase.length) });

  // A note, with the keyboard: e to edit, Ctrl+Enter to save.
  await page.keyboard.press("e");
  await page.getByLabel("Note").fill("Figure attributed to the PMOI.");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByText("Note saved.")).toBeVisible();
  const one = await page.request.get(`/api/v1/annotations/${created.id}`);
  expect(((await one.json()) as { note: string }).note).toBe("Figure attributed to the PMOI.");
  await expectAccessible(page);

  // Esc closes it; a click on the list item opens it again; the shortcuts help lists the keys.
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("annotation-exact")).toHaveCount(0);
  await list.getByText(phrase, { exact: true }).click();
  await expect(page.getByTestId("annotation-exact")).toHaveText(phrase);
  await page.getByRole("button", { name: /^Shortcuts/ }).click();
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toContainText("Next annotation");
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);

  // Keyboard selection: in the focused text, Shift+arrows select from the top of the screen.
  const article = page.getByRole("article", { name: "Document text" });
  await article.evaluate((el) => {
    el.scrollTop = 0;
    window.getSelection()?.removeAllRanges();
  });
  await article.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press("Shift+ArrowRight");
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(SEED_000.slice(0, 4));
  await expect(page.getByRole("button", { name: /^Annotate/ })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: /^Annotate/ })).toHaveCount(0);
});

test("[READER]: annotate a Persian paragraph", async ({ page }) => {
  const persian = "اعدام ۳۰ هزار زندانی سیاسی در تابستان ۱۳۶۷ می‌گویند";
  const text = `Testimony collected in 2019.\n\n${persian}\n\nEnd of the excerpt.`;
  await signIn(page, ANNOTATOR);
  const res = await page.request.post(`/api/v1/projects/${DEMO_PROJECT.id}/documents`, { data: { title: "Persian testimony", text, language: "fa" } });
  expect(res.status(), await res.text()).toBe(201);
  const { id } = (await res.json()) as { id: string };
  await openReader(page, id);
  const dirs = await page.locator("article p[data-start]").evaluateAll((ps) => ps.map((p) => getComputedStyle(p).direction));
  expect(dirs).toEqual(["ltr", "rtl", "ltr"]);

  // A DOM range on a phrase and the keyboard shortcut.
  const phrase = "۳۰ هزار زندانی سیاسی";
  await selectWords(page, phrase);
  const [first] = await Promise.all([page.waitForResponse(isPost(id)), page.keyboard.press("a")]);
  expect(await first.json()).toMatchObject({ exact: phrase, start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });

  // A mouse drag across right-to-left words, ending on one written with a ZWNJ.
  const zwnj = "تابستان ۱۳۶۷ می‌گویند";
  expect((await phraseEdges(page, zwnj)).dir).toBe("rtl");
  await dragSelect(page, zwnj);
  const [second] = await Promise.all([page.waitForResponse(isPost(id)), page.getByRole("button", { name: /^Annotate/ }).click()]);
  const stored = (await second.json()) as { id: string; exact: string; start: number };
  expect(stored.exact).toBe(zwnj);
  expect(stored.start).toBe(text.indexOf(zwnj));
  const fetched = await page.request.get(`/api/v1/annotations/${stored.id}`);
  expect(((await fetched.json()) as { exact: string }).exact).toBe(zwnj);
  await expect.poll(() => highlighted(page, "rd-selected")).toEqual([zwnj]);
  expect((await highlighted(page, "rd-d1")).sort()).toEqual([phrase, zwnj].sort());
  await expect(page.getByRole("list", { name: "Annotations in text order" }).getByText(zwnj, { exact: true })).toBeVisible();
  await expectAccessible(page);
});

async function signedInPage(browser: Browser, account: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account);
  return page;
}

test("[READER]: an annotation by a second user appears live", async ({ browser }) => {
  const reviewer = await signedInPage(browser, REVIEWER);
  const annotator = await signedInPage(browser, ANNOTATOR);
  await openReader(reviewer, "doc_seed_001");
  await expect(reviewer.locator('[data-live="open"]')).toBeVisible();

  // The annotator opens the same document: the reviewer sees them.
  await openReader(annotator, "doc_seed_001");
  await expect(reviewer.getByRole("list", { name: "Also reading this document" }).getByRole("img", { name: ANNOTATOR.name })).toBeVisible();

  const phrase = "a fatwa by Khomeini";
  const start = SEED_001.indexOf(phrase);
  const created = await annotator.request.post("/api/v1/documents/doc_seed_001/annotations", { data: { start, end: start + phrase.length } });
  expect(created.status()).toBe(201);
  const at = Date.now();
  const list = reviewer.getByRole("list", { name: "Annotations in text order" });
  await expect(list.getByText(phrase, { exact: true })).toBeVisible({ timeout: 2000 });
  expect(Date.now() - at).toBeLessThan(2000);
  await expect.poll(() => highlighted(reviewer, "rd-fresh"), { timeout: 2000 }).toEqual([phrase]);
  await expect(reviewer.getByText(`${ANNOTATOR.name} added an annotation`)).toBeVisible();
  await expectAccessible(reviewer);

  // Deleted by its author: it leaves the reviewer's page too.
  const { id } = (await created.json()) as { id: string };
  expect((await annotator.request.delete(`/api/v1/annotations/${id}`)).status()).toBe(204);
  await expect(list.getByText(phrase, { exact: true })).toHaveCount(0, { timeout: 2000 });
  await reviewer.context().close();
  await annotator.context().close();
});

test("[READER]: a long source's text arrives beside the page, and every offset stays exact", async ({ page }) => {
  // About 130,000 characters: English paragraphs, and far down a Persian one and a marked passage.
  const paragraphs: string[] = [];
  for (let i = 0; paragraphs.join("\n\n").length < 65_000; i++) paragraphs.push(`Paragraph ${i}: the commission questioned each prisoner about their affiliation. `.repeat(8).trim());
  const persian = "اعدام ۳۰ هزار زندانی سیاسی در تابستان ۱۳۶۷ می‌گویند";
  const far = "FAR-MARKER \u{1F4DC} the letter of August 1988";
  const text = [...paragraphs, persian, far, ...paragraphs].join("\n\n");
  const errors: string[] = [];
  page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
  await signIn(page, ANNOTATOR);
  const res = await page.request.post(`/api/v1/projects/${DEMO_PROJECT.id}/documents`, { data: { title: "A long testimony", text, language: "en" } });
  expect(res.status(), await res.text()).toBe(201);
  const { id } = (await res.json()) as { id: string };
  const farStart = text.indexOf(far);
  const farAnn = await page.request.post(`/api/v1/documents/${id}/annotations`, { data: { start: farStart, end: farStart + far.length } });
  expect(farAnn.status()).toBe(201);
  const { id: farId } = (await farAnn.json()) as { id: string };

  // The page carries the opening of the text only, and only the annotations starting there; the
  // rest come from the text's own answer and from the spans answer, after the first highlights.
  const [textAnswer, spansAnswer, html] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith(`/api/v1/documents/${id}/text`)),
    page.waitForResponse((r) => r.url().includes(`/api/v1/documents/${id}/spans?from=`)),
    page.goto(readerUrl(id)).then((r) => r!.text()),
  ]);
  expect(html).not.toContain("FAR-MARKER");
  expect(html).not.toContain(farId);
  expect(spansAnswer.status()).toBe(200);
  expect(JSON.stringify(await spansAnswer.json())).toContain(farId);
  expect(html.length).toBeLessThan(text.length);
  expect(textAnswer.status()).toBe(200);
  // Byte for byte the stored text (read directly: the browser's own copy is checked by the reader against its sha256).
  expect((await (await page.request.get(`/api/v1/documents/${id}/text`)).body()).toString("utf8")).toBe(text);
  await page.waitForFunction(() => performance.getEntriesByName("reader:interactive").length > 0);
  await expect(page.getByTestId("annotation-count")).toHaveText("1");

  // Words of the first screen, selected and annotated with the key: exact offsets in the whole text.
  const phrase = "Paragraph 1: the commission questioned";
  await selectWords(page, phrase);
  const [made] = await Promise.all([page.waitForResponse(isPost(id)), page.keyboard.press("a")]);
  expect(await made.json()).toMatchObject({ exact: phrase, start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });
  await expect.poll(() => highlighted(page, "rd-selected")).toEqual([phrase]);

  // The far annotation opened from its address: its words, painted and quoted, and the Persian
  // paragraph beside them reads right to left.
  await page.goto(`${readerUrl(id)}?start=${farStart}&end=${farStart + far.length}`);
  await expect(page.getByTestId("annotation-exact")).toHaveText(far);
  await expect.poll(() => highlighted(page, "rd-selected")).toEqual([far]);
  expect((await phraseEdges(page, persian)).dir).toBe("rtl");
  await expect(page.getByTestId("annotation-count")).toHaveText("2");
  expect(errors.filter((e) => /hydrat|did not match|text of this source/i.test(e))).toEqual([]);
});

/** Selects words inside one paragraph of the reader, as a DOM range (what a drag or a screen reader makes). */
async function selectWords(page: Page, words: string): Promise<void> {
  await page.evaluate((w) => {
    const p = [...document.querySelectorAll("article p")].find((el) => el.textContent?.includes(w))!;
    const node = p.firstChild as Text;
    const at = node.data.indexOf(w);
    window.getSelection()!.setBaseAndExtent(node, at, node, at + w.length);
  }, words);
}
