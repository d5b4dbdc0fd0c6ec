// Follows CSV quoting across chunks of bytes: counts records and can rewrite record-ending LFs as
// CRLF (RFC 4180) while leaving line breaks inside quoted fields as they are. Used by the server
// on PostgreSQL's COPY output and by the browser to count rows as a download arrives. Plain
// TypeScript, no Node APIs; it scans with indexOf, so it costs little per byte.

const QUOTE = 0x22;
const LF = 0x0a;
const CRLF = new Uint8Array([0x0d, 0x0a]);

export class CsvRecordScanner {
  private quoted = false;
  /** Records finished so far (header included). */
  records = 0;

  /** Counts the records the chunk finishes. */
  count(chunk: Uint8Array): void {
    this.scan(chunk, null);
  }

  /** The chunk with every record-ending LF replaced by CRLF. */
  toCrlf(chunk: Uint8Array): Uint8Array {
    return this.joinCrlf([chunk]);
  }

  /** The chunks joined into one, with every record-ending LF replaced by CRLF: one allocation. */
  joinCrlf(chunks: readonly Uint8Array[]): Uint8Array {
    // Reused between calls: a batch of many small chunks makes no garbage per chunk.
    const ends = this.ends;
    const bounds = this.bounds;
    ends.length = 0;
    bounds.length = 0;
    let size = 0;
    for (const chunk of chunks) {
      this.scan(chunk, ends);
      bounds.push(ends.length);
      size += chunk.length;
    }
    const first = chunks[0];
    if (chunks.length === 1 && first && ends.length === 0) return first;
    const out = new Uint8Array(size + ends.length);
    let at = 0;
    let k = 0;
    chunks.forEach((chunk, i) => {
      let from = 0;
      for (const last = bounds[i] ?? 0; k < last; k++) {
        const end = ends[k] ?? 0;
        out.set(chunk.subarray(from, end), at);
        at += end - from;
        out.set(CRLF, at);
        at += 2;
        from = end + 1;
      }
      out.set(chunk.subarray(from), at);
      at += chunk.length - from;
    });
    return out;
  }

  private readonly ends: number[] = [];
  private readonly bounds: number[] = [];

  private scan(chunk: Uint8Array, ends: number[] | null): void {
    let i = 0;
    let nextQuote = chunk.indexOf(QUOTE, 0);
    let nextLf = chunk.indexOf(LF, 0);
    for (;;) {
      if (this.quoted) {
        if (nextQuote < 0) return;
        this.quoted = false;
        i = nextQuote + 1;
        nextQuote = chunk.indexOf(QUOTE, i);
        continue;
      }
      if (nextLf >= 0 && nextLf < i) nextLf = chunk.indexOf(LF, i);
      if (nextLf >= 0 && (nextQuote < 0 || nextLf < nextQuote)) {
        // A CR just before is already part of a CRLF the data brought; LF alone is what COPY writes.
        if (ends && !(nextLf > 0 && chunk[nextLf - 1] === 0x0d)) ends.push(nextLf);
        this.records += 1;
        i = nextLf + 1;
        nextLf = chunk.indexOf(LF, i);
        continue;
      }
      if (nextQuote < 0) return;
      this.quoted = true;
      i = nextQuote + 1;
      nextQuote = chunk.indexOf(QUOTE, i);
    }
  }
}
