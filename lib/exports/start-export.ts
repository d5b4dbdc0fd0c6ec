// A live export, for the API route and the command line: checks the filter, counts what it
// selects, records an `export.created` event (who, filter, format, counts), then hands back the
// bytes as an async iterable that holds one database connection until it ends or is abandoned.
import { db } from "../db/client";
import { appendEvent } from "../provenance/append-event";
import { compileFilter } from "./compile-filter";
import { packageName } from "./datapackage-descriptor";
import { exportFormat, type FormatContext, type TExportFormat } from "./formats";
import { openExportSession } from "./export-session";
import { loadTypeFields } from "./load-type-fields";
import { type ExportCounts, planExport } from "./plan-export";
import type { TExportFilter } from "./schemas";

export interface StartExportOptions {
  projectId: string;
  /** null for the command line run by an operator. */
  actorId: string | null;
  format: TExportFormat;
  filter: TExportFilter;
  base: string;
  collectionId: string;
  via: "api" | "cli";
  now?: Date;
}

export interface StartedExport {
  counts: ExportCounts;
  /** What the format counts: `counts[unit]` is the total a progress bar fills up to. */
  unit: "rows" | "claims";
  fileName: string;
  mediaType: string;
  body: AsyncIterable<Uint8Array>;
}

/** Wraps the bytes so the session closes however the reader stops: at the end, on error, or by abandoning them unread. */
function closing(source: AsyncIterable<Uint8Array>, close: (error?: unknown) => Promise<void>): AsyncIterable<Uint8Array> {
  return {
    [Symbol.asyncIterator]() {
      const it = source[Symbol.asyncIterator]();
      return {
        async next() {
          try {
            const step = await it.next();
            if (step.done) await close();
            return step;
          } catch (error) {
            await close(error);
            throw error;
          }
        },
        async return(value?: unknown) {
          await close(new Error("the reader stopped"));
          await it.return?.(value).catch(() => undefined);
          return { done: true as const, value: undefined };
        },
      };
    },
  };
}

export async function startExport(options: StartExportOptions): Promise<StartedExport> {
  const project = await db().project.findUniqueOrThrow({ where: { id: options.projectId }, select: { name: true } });
  const format = exportFormat(options.format);
  const compiled = await compileFilter(options.projectId, options.filter);
  const session = await openExportSession();
  try {
    const plan = await planExport(session, compiled, (types) => loadTypeFields(options.projectId, types), { contents: format.countsContents });
    await db().$transaction((tx) =>
      appendEvent(tx, {
        projectId: options.projectId,
        actorId: options.actorId,
        type: "export.created",
        subjectType: "project",
        subjectId: options.projectId,
        data: { format: options.format, filter: options.filter, counts: plan.counts, via: options.via },
      }),
    );
    const ctx: FormatContext = { base: options.base, collectionId: options.collectionId, title: project.name, filter: options.filter, now: options.now ?? new Date() };
    return { counts: plan.counts, unit: format.unit, fileName: `${packageName(project.name)}-${format.fileName}`, mediaType: format.mediaType, body: closing(format.write(session, plan, ctx), (e) => session.close(e)) };
  } catch (error) {
    await session.close(error);
    throw error;
  }
}
