// Reads an archive line by line from gzip bytes, hashing each part's rows as they pass, and turns
// anything unreadable (not gzip, truncated, not JSON) into a 400 that names the problem.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import type * as z from "zod";
import { AppError } from "../errors";
import { readLines } from "../releases/read-lines";

export const corrupt = (message: string) => new AppError("invalid_input", `This is not a readable project backup: ${message}`);

export class ArchiveReader {
  private readonly lines: AsyncIterator<string>;

  constructor(source: AsyncIterable<Uint8Array>) {
    const gunzip = createGunzip();
    // A failure here also surfaces from the gunzip stream being read below.
    pipeline(Readable.from(source), gunzip).catch(() => {});
    this.lines = readLines(gunzip)[Symbol.asyncIterator]();
  }

  /** The next line, or null at the end of the archive. */
  async next(): Promise<string | null> {
    try {
      const { done, value } = await this.lines.next();
      return done ? null : value;
    } catch (error) {
      const code = (error as { code?: string }).code ?? "";
      if (code.startsWith("Z_") || code === "ERR_STREAM_PREMATURE_CLOSE") throw corrupt("it is not gzip, or it was cut short");
      throw error;
    }
  }

  /** The next line as one JSON object `{ key: value }` checked by `schema`. */
  async expect<T>(key: string, schema: z.ZodType<T>): Promise<T> {
    const line = await this.next();
    if (line === null) throw corrupt(`it ends where "${key}" was expected (cut short?)`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw corrupt(`a line where "${key}" was expected is not JSON`);
    }
    const value = (parsed as Record<string, unknown> | null)?.[key];
    const result = schema.safeParse(key === "part" ? parsed : value);
    if (!result.success) throw corrupt(`"${key}" is missing or malformed`);
    return result.data;
  }
}
