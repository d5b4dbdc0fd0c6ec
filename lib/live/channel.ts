// One LISTEN connection per app instance, fanned out to the readers connected to it. Postgres
// NOTIFY carries the news, so readers on other instances hear every change too.
import postgres from "postgres";
import { requireDatabaseUrl } from "../db/url";

type Handler = (payload: unknown) => void;

interface Hub {
  sql: postgres.Sql;
  handlers: Map<string, Set<Handler>>;
  listening: Map<string, Promise<unknown>>;
}

const globalHub = globalThis as unknown as { liveHub?: Hub };

function hub(): Hub {
  globalHub.liveHub ??= {
    sql: postgres(requireDatabaseUrl(), { max: 2, onnotice: () => {} }),
    handlers: new Map(),
    listening: new Map(),
  };
  return globalHub.liveHub;
}

/** Subscribes to a NOTIFY channel; returns the unsubscribe function once listening has begun. */
export async function subscribe(channel: string, handler: Handler): Promise<() => void> {
  const h = hub();
  let set = h.handlers.get(channel);
  if (!set) {
    set = new Set();
    h.handlers.set(channel, set);
  }
  set.add(handler);
  if (!h.listening.has(channel)) {
    h.listening.set(
      channel,
      h.sql.listen(channel, (raw) => {
        let payload: unknown;
        try {
          payload = JSON.parse(raw);
        } catch {
          return;
        }
        for (const fn of h.handlers.get(channel) ?? []) fn(payload);
      }),
    );
  }
  await h.listening.get(channel);
  return () => set.delete(handler);
}

export async function publish(channel: string, payload: unknown): Promise<void> {
  await hub().sql.notify(channel, JSON.stringify(payload));
}
