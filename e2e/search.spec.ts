// Search end to end: a Persian source typed with Arabic letter forms (ي, ك) is found from the header
// box, opened with "/", by the same words typed with Persian letters; its result links to the
// reader at the exact span of the match. The results page passes axe without serious findings.
import { type APIRequestContext, expect, test } from "@playwright/test";
import { createAccount, expectAccessible, newAccount, signIn } from "./helpers";

// As pasted from an Arabic keyboard: ي for ی and ك for ک, and a ZWNJ in "مي‌گويند".
const TEXT = "گزارش‌ها مي‌گويند هزاران زنداني سياسي در زندان گوهردشت اعدام شدند. يك شاهد از كشتار نوشت.";

async function post(request: APIRequestContext, path: string, data: object): Promise<{ id: string }> {
  const res = await request.post(`/api/v1${path}`, { data });
  expect(res.status(), await res.text()).toBe(201);
  return res.json();
}

test("[SEARCH]: find a Persian word typed with the other letter variant and jump to the span", async ({ page, request }) => {
  const owner = newAccount("search");
  await createAccount(request, owner);
  await signIn(page, owner);
  const project = await post(page.request, "/projects", { name: `Search e2e ${Date.now()}` });
  const doc = await post(page.request, `/projects/${project.id}/documents`, { title: "گزارش شاهد", text: TEXT, language: "fa" });

  await page.goto(`/projects/${project.id}`);
  await page.waitForLoadState("networkidle");
  await page.keyboard.press("/");
  const box = page.getByRole("searchbox", { name: "Search this project" });
  await expect(box).toBeFocused();
  await box.fill("زندانی سیاسی");
  await box.press("Enter");

  await expect(page).toHaveURL(new RegExp(`/projects/${project.id}/search\\?q=`));
  await expect(page.getByRole("status").filter({ hasText: "result" })).toHaveText("1 result: 1 source.");
  const results = page.getByRole("region", { name: /Sources/ });
  await expect(results.locator("mark")).toHaveText(["زنداني", "سياسي"]);
  await expectAccessible(page);

  await results.getByRole("link", { name: "گزارش شاهد" }).click();
  await expect(page).toHaveURL(new RegExp(`/documents/${doc.id}\\?start=\\d+&end=\\d+`));
  const url = new URL(page.url());
  const span = TEXT.slice(Number(url.searchParams.get("start")), Number(url.searchParams.get("end")));
  expect(span).toBe("زنداني");
});

test("[SEARCH]: page on through more sources than one page holds, each once", async ({ page, request }) => {
  const owner = newAccount("search-pages");
  await createAccount(request, owner);
  await signIn(page, owner);
  const project = await post(page.request, "/projects", { name: `Search pages e2e ${Date.now()}` });
  const titles: string[] = [];
  for (let i = 0; i < 53; i++) {
    titles.push(`Evin report ${String(i).padStart(2, "0")}`);
    await post(page.request, `/projects/${project.id}/documents`, { title: titles[i]!, text: `${"Evin prison. ".repeat(1 + (i % 4))}Report ${i}.` });
  }
  const shown = async () => page.getByRole("region", { name: /Sources/ }).locator(".search-title").allTextContents();

  await page.goto(`/projects/${project.id}/search?q=evin`);
  await expect(page.getByRole("status").filter({ hasText: "result" })).toHaveText("50 results: 50 sources.");
  const first = await shown();
  await page.getByRole("link", { name: "More sources" }).click();
  await expect(page).toHaveURL(/[?&]cursor=/);
  await expect(page.getByRole("status").filter({ hasText: "result" })).toHaveText("More results: 3 sources.");
  const second = await shown();
  expect(second).toHaveLength(3);
  expect(new Set([...first, ...second])).toEqual(new Set(titles));
  await expect(page.getByRole("link", { name: "More sources" })).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("search-more-sources.png"), fullPage: true });
});
