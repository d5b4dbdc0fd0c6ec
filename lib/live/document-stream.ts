// The server-sent event stream of one document for one reader: annotation changes (as ids, which
// the reader then fetches through the authorised API) and the list of who else is reading.
import { randomUUID } from "node:crypto";
import * as z from "zod";
import { subscribe } from "./channel";
import { announce, HEARTBEAT_MS, viewersOf, watchPresence } from "./presence";

const ZAnnotationChange = z.object({
  projectId: z.string(),
  documentId: z.string(),
  annotationId: z.string(),
  op: z.string(),
});

export function documentStream(options: { documentId: string; userId: string; name: string; signal?: AbortSignal }): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const connectionId = randomUUID();
  const cleanups: (() => void)[] = [];
  let closed = false;

  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: string, data: unknown) => {
        if (!closed) controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
      };
      const close = () => {
        if (closed) return;
        closed = true;
        for (const fn of cleanups) fn();
        void announce({ documentId: options.documentId, connectionId, userId: options.userId, name: options.name, op: "leave" }).catch(() => {});
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      options.signal?.addEventListener("abort", close);
      cleanups.push(
        await subscribe("annotation_changes", (raw) => {
          const change = ZAnnotationChange.safeParse(raw);
          if (change.success && change.data.documentId === options.documentId) {
            send("annotation", { annotationId: change.data.annotationId, op: change.data.op });
          }
        }),
      );
      cleanups.push(await watchPresence(options.documentId, (viewers) => send("presence", { viewers })));
      const here = () =>
        announce({ documentId: options.documentId, connectionId, userId: options.userId, name: options.name, op: "here" }).catch(() => {});
      await here();
      const timer = setInterval(() => {
        void here();
        // A comment line keeps proxies from closing an idle stream.
        if (!closed) controller.enqueue(encoder.encode(": keep-alive\n\n"));
      }, HEARTBEAT_MS);
      cleanups.push(() => clearInterval(timer));
      send("ready", { connectionId, viewers: viewersOf(options.documentId) });
    },
    cancel() {
      for (const fn of cleanups) fn();
      closed = true;
      void announce({ documentId: options.documentId, connectionId, userId: options.userId, name: options.name, op: "leave" }).catch(() => {});
    },
  });
}
