// Streams a multipart upload (one `file` part, text parts for metadata) into the job's staging
// chunks inside the caller's transaction, 1 MiB at a time, hashing as it goes: a 200 MB file is
// never held in memory, and a cut-off or refused upload leaves nothing (the transaction rolls back).
import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import busboy from "busboy";
import type { Tx } from "../db/client";
import { AppError } from "../errors";
import { recogniseSource } from "./recognise-source";
import { MAX_UPLOAD_BYTES, SNIFF_BYTES, type SourceKind } from "./source-kind";

const CHUNK_BYTES = 1024 * 1024;
const TAIL_BYTES = 2048;

export interface ReceivedUpload {
  kind: SourceKind;
  fileName: string;
  declaredType: string;
  bytes: number;
  sha256: string;
  /** The last 2 KiB of the file (kinds check trailers, such as a PDF's %%EOF). */
  tail: Uint8Array;
  fields: Record<string, string>;
}

const tooLarge = (limit: number, what: string) =>
  new AppError("payload_too_large", `The file is larger than the ${Math.round(limit / 1048576)} MB limit for ${what}.`);

export async function receiveUpload(req: Request, tx: Tx, target: { jobId: string; projectId: string }): Promise<ReceivedUpload> {
  const type = req.headers.get("content-type") ?? "";
  if (!req.body) throw new AppError("invalid_input", "Send the file as multipart/form-data with a `file` part.");
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": type },
      limits: { files: 1, fileSize: MAX_UPLOAD_BYTES + 1, fields: 20, fieldSize: 8 * 1024, parts: 24 },
      defParamCharset: "utf8",
    });
  } catch {
    throw new AppError("unsupported_media_type", "Send the file as multipart/form-data with a `file` part.");
  }
  const fields: Record<string, string> = {};
  let file: Promise<Omit<ReceivedUpload, "fields">> | undefined;
  let failure: unknown;

  const consume = async (stream: Readable, fileName: string, declaredType: string) => {
    const hash = createHash("sha256");
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let total = 0;
    let seq = 0;
    let kind: SourceKind | undefined;
    let tail = new Uint8Array(0);
    /** Writes whole 1 MiB chunks from what is pending; with `all`, the rest too. */
    const flush = async (all: boolean) => {
      if (pendingBytes === 0 || (!all && pendingBytes < CHUNK_BYTES)) return;
      let data = Buffer.concat(pending, pendingBytes);
      while (data.length >= CHUNK_BYTES || (all && data.length > 0)) {
        const part = data.subarray(0, CHUNK_BYTES);
        data = data.subarray(part.length);
        await tx.sourceJobChunk.create({ data: { jobId: target.jobId, projectId: target.projectId, seq: seq++, data: new Uint8Array(part) } });
      }
      pending = data.length > 0 ? [data] : [];
      pendingBytes = data.length;
    };
    for await (const piece of stream as AsyncIterable<Buffer>) {
      if (failure) continue;
      total += piece.length;
      hash.update(piece);
      pending.push(piece);
      pendingBytes += piece.length;
      tail = Buffer.concat([tail, piece.subarray(Math.max(0, piece.length - TAIL_BYTES))]).subarray(-TAIL_BYTES);
      if (!kind && pendingBytes >= SNIFF_BYTES) kind = recogniseSource(Buffer.concat(pending).subarray(0, SNIFF_BYTES), fileName, declaredType);
      if (kind && total > kind.maxBytes) throw tooLarge(kind.maxBytes, kind.label);
      await flush(false);
    }
    if ((stream as Readable & { truncated?: boolean }).truncated) throw tooLarge(MAX_UPLOAD_BYTES, "uploads");
    kind ??= recogniseSource(Buffer.concat(pending), fileName, declaredType);
    if (total > kind.maxBytes) throw tooLarge(kind.maxBytes, kind.label);
    await flush(true);
    return { kind, fileName, declaredType, bytes: total, sha256: hash.digest("hex"), tail };
  };

  parser.on("field", (name, value, info) => {
    if (value.includes("\u0000") || !value.isWellFormed()) {
      failure ??= new AppError("invalid_input", `The field ${name} holds text that cannot be stored.`, { issues: [{ path: [name], message: "unstorable text" }] });
    } else if (info.valueTruncated) failure ??= new AppError("invalid_input", `The field ${name} is too long.`, { issues: [{ path: [name], message: "too long" }] });
    else fields[name] = value;
  });
  parser.on("file", (name, stream, info) => {
    if (name !== "file" || file) {
      stream.resume();
      failure ??= new AppError("invalid_input", "Send exactly one file, in a part named `file`.", { issues: [{ path: [name], message: "unexpected file" }] });
      return;
    }
    file = consume(stream, info.filename || "upload", info.mimeType);
    file.catch((error: unknown) => {
      failure ??= error;
      stream.resume();
    });
  });
  const done = new Promise<void>((resolve, reject) => {
    parser.on("close", resolve);
    parser.on("error", (error) =>
      reject(new AppError("invalid_input", `The multipart body is malformed (${error instanceof Error ? error.message : String(error)}).`)),
    );
    parser.on("filesLimit", () => (failure ??= new AppError("invalid_input", "Send exactly one file.")));
    parser.on("fieldsLimit", () => (failure ??= new AppError("invalid_input", "Too many text parts.")));
  });
  Readable.fromWeb(req.body as import("node:stream/web").ReadableStream<Uint8Array>).pipe(parser);
  await done;
  const received = file ? await file.catch((error: unknown) => { throw failure ?? error; }) : undefined;
  if (failure) throw failure;
  if (!received) throw new AppError("invalid_input", "The request has no `file` part.", { issues: [{ path: ["file"], message: "Required" }] });
  return { ...received, fields };
}
