// One database connection per export, inside a REPEATABLE READ READ ONLY transaction: the counts
// sent up front and every file of a release see the same snapshot. postgres.js streams COPY and
// cursors in constant memory. Closing with an error (or a client that went away) drops the
// connection, which also stops a COPY the server is still sending.
import type { Readable } from "node:stream";
import postgres from "postgres";
import { requireDatabaseUrl } from "../db/url";

export interface ExportSession {
  /** Runs a query and returns its rows (small results only). */
  query<T extends object>(text: string): Promise<T[]>;
  /** COPY ... TO STDOUT, as a stream of bytes. */
  copy(copySql: string): Promise<Readable>;
  /** Rows of a query, `batch` at a time, through a server-side cursor. */
  cursor<T extends object>(text: string, batch?: number): AsyncIterable<T[]>;
  /** Commits (or, with an error, drops the connection); safe to call more than once. */
  close(error?: unknown): Promise<void>;
}

export async function openExportSession(url: string = requireDatabaseUrl()): Promise<ExportSession> {
  const sql = postgres(url, {
    max: 1,
    onnotice: () => {},
    // work_mem: the export's sort and hashes stay in memory for tens of thousands of rows, spill beyond.
    connection: { application_name: "workbench-export", standard_conforming_strings: "on", idle_in_transaction_session_timeout: 300_000, work_mem: "64MB" },
  });
  let closed: Promise<void> | null = null;
  const session: ExportSession = {
    query: <T extends object>(text: string) => sql.unsafe(text) as unknown as Promise<T[]>,
    async copy(copySql) {
      const stream = (await sql.unsafe(copySql).readable()) as Readable;
      // postgres.js pauses its socket when the stream's buffer is full and resumes it only from
      // the stream's read(); if the last rows filled the buffer, nothing resumes it after the end
      // and the connection hangs (porsager/postgres#499, fix pending in #1016). Resume it ourselves.
      stream.once("end", () => (stream as unknown as { _read(size: number): void })._read(0));
      return stream;
    },
    cursor: <T extends object>(text: string, batch = 500) => sql.unsafe(text).cursor(batch) as unknown as AsyncIterable<T[]>,
    close(error?: unknown) {
      closed ??= error === undefined
        ? sql`COMMIT`.then(() => sql.end(), () => sql.end({ timeout: 0 }))
        : sql.end({ timeout: 0 });
      return closed;
    },
  };
  try {
    await sql`BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY`;
  } catch (error) {
    await session.close(error);
    throw error;
  }
  return session;
}
