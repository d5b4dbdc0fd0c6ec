// The authorisation matrix over every server action: each cell of ACTION_MATRIX calls the real
// action with a valid form as that principal, and must answer exactly what is written there; a
// denied cell must also change nothing. An action without a row, or a row without an action, fails.
//
// Actions authenticate by the browser session. Only the session lookup is replaced (next-auth's
// getServerSession): the account behind it is still read from the database, and authorisation
// runs as in production. "revoked" is a session that outlived its account, "anonymous" none.
// revalidatePath and redirect need Next's runtime: the first does nothing here, the second throws
// as Next's does, and the cell reads where it would have gone.
import "../support/next-async-storage";
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ERROR_STATUS, type ErrorCode } from "@/lib/errors";
import { ACTION_REQUESTS } from "../support/authorization/action-requests";
import { actionFiles, type ServerAction, serverActions } from "../support/authorization/inventory";
import { worldState } from "../support/authorization/snapshot";
import { type CellResult, coverage, newTally, runRow, summary } from "../support/authorization/tally";
import { createWorld, type World } from "../support/authorization/world";
import { ACTION_MATRIX, type Principal } from "@/lib/access/authorization-matrix";

const session = vi.hoisted(() => ({ userId: null as string | null }));

vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => (session.userId ? { user: { id: session.userId }, expires: new Date(Date.now() + 3_600_000).toISOString() } : null),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/navigation", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/navigation")>()),
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;replace;${url};307;`, url });
  },
}));

let world: World;
let actions: Map<string, ServerAction>;
const tally = newTally();

beforeAll(async () => {
  [world, actions] = await Promise.all([createWorld(), serverActions()]);
}, 120_000);

afterAll(() => {
  console.log(summary("server actions", tally));
});

function signIn(who: Principal): void {
  if (who === "anonymous") session.userId = null;
  else if (who === "revoked") session.userId = `usr_gone_${randomUUID()}`;
  else session.userId = world.team[who].id;
}

/** A form state as the status the API would answer: ok (or a redirect to what was made) is 200. */
async function outcome(action: ServerAction, args: unknown[]): Promise<CellResult> {
  try {
    const state = (await action(...args)) as { status: string; code?: string; message?: string };
    if (state.status === "ok") return { status: 200, detail: state.message ?? "" };
    const status = state.code && state.code in ERROR_STATUS ? ERROR_STATUS[state.code as ErrorCode] : 500;
    return { status, detail: `${state.code ?? "no code"}: ${state.message ?? ""}` };
  } catch (error) {
    const url = (error as { url?: string }).url;
    if (url) return { status: 200, detail: `redirected to ${url}` };
    throw error;
  }
}

describe("the server action inventory", () => {
  it("has a row for every export of every \"use server\" module, and no row for an action that is gone", () => {
    // Forms move to the API one by one; while any action is left, the inventory must see it.
    expect(actions.size).toBeGreaterThan(0);
    expect(coverage("server action", Object.keys(ACTION_MATRIX), [...actions.keys()])).toEqual([]);
  });

  it("has a call for every row", () => {
    expect(Object.keys(ACTION_REQUESTS).sort()).toEqual(Object.keys(ACTION_MATRIX).sort());
  });

  it("finds every \"use server\" module: none declares actions inline, where the inventory would not see them", () => {
    const app = path.resolve(import.meta.dirname, "../../app");
    const modules = new Set(actionFiles());
    const sources = readdirSync(app, { recursive: true, encoding: "utf8" }).filter((f) => /\.tsx?$/.test(f)).map((f) => path.join(app, f));
    const inline = sources.filter((f) => !modules.has(f) && /["']use server["']/.test(readFileSync(f, "utf8")));
    expect(modules.size).toBeGreaterThan(0);
    expect(inline).toEqual([]);
  });
});

describe("every server action × every principal", () => {
  it.each(Object.entries(ACTION_MATRIX))("%s", async (key, row) => {
    const action = actions.get(key);
    const build = ACTION_REQUESTS[key];
    if (!action || !build) throw new Error(`${key}: no action or no call (see the inventory tests)`);
    const problems = await runRow(
      key,
      row,
      tally,
      async (who) => {
        session.userId = null;
        const args = await build(world, who);
        return {
          run: async () => {
            signIn(who);
            try {
              return await outcome(action, args);
            } finally {
              session.userId = null;
            }
          },
        };
      },
      () => worldState(world),
    );
    expect(problems).toEqual([]);
  });
});
