// PDFs a reader must refuse or survive, made with pdf-lib (and a little byte surgery): truncated,
// encrypted (opens without a password), password-protected, a page-count bomb, a decompression bomb,
// and an image-only ("scanned") page.
import { createHash } from "node:crypto";
import { createDeflate } from "node:zlib";
import { PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, StandardFonts } from "pdf-lib";

/** A small valid PDF with one line of text per page. */
export async function makeSimplePdf(lines: string[] = ["A simple page of text."]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const line of lines) doc.addPage([595, 842]).drawText(line, { x: 72, y: 760, size: 12, font });
  return doc.save();
}

/** The first `share` of a PDF's bytes, as a download cut short leaves it. */
export function truncatePdf(bytes: Uint8Array, share = 0.6): Uint8Array {
  return bytes.slice(0, Math.floor(bytes.length * share));
}

const PAD = Buffer.from("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a", "hex");

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  let i = 0;
  j = 0;
  for (let k = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

const padded = (password: string) => Buffer.concat([Buffer.from(password, "latin1"), PAD]).subarray(0, 32);
const md5 = (...parts: Buffer[]) => createHash("md5").update(Buffer.concat(parts)).digest();

/**
 * A PDF with a standard security handler (RC4, 40-bit, revision 2). With an empty user password it
 * opens without one (only the owner's restrictions apply); with a user password it cannot be opened.
 */
export async function makeEncryptedPdf(userPassword = ""): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]);
  const id = createHash("md5").update("provenance-test").digest();
  const permissions = -44; // printing allowed, copying and changes not
  const o = rc4(md5(padded("owner-secret")).subarray(0, 5), padded(userPassword));
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const key = md5(padded(userPassword), o, p, id).subarray(0, 5);
  const u = rc4(key, PAD);
  const encrypt = doc.context.obj({
    Filter: PDFName.of("Standard"),
    V: PDFNumber.of(1),
    R: PDFNumber.of(2),
    Length: PDFNumber.of(40),
    O: PDFHexString.of(o.toString("hex")),
    U: PDFHexString.of(u.toString("hex")),
    P: PDFNumber.of(permissions),
  });
  doc.context.trailerInfo.Encrypt = doc.context.register(encrypt);
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id.toString("hex")), PDFHexString.of(id.toString("hex"))]);
  return doc.save({ useObjectStreams: false });
}

/**
 * A page-count bomb: one page object listed `count` times in the page tree, so a file of a few
 * hundred kilobytes declares (and really has) that many pages.
 */
export async function makePageCountBomb(count = 100_000): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const pages = doc.catalog.Pages();
  const kids = doc.context.obj(Array.from({ length: count }, () => page.ref));
  pages.set(PDFName.of("Kids"), kids);
  pages.set(PDFName.of("Count"), PDFNumber.of(count));
  return doc.save({ useObjectStreams: false });
}

/** A page whose content stream is a few hundred KB of Flate data that expands to `expandedMb` MB. */
export async function makeDecompressionBomb(expandedMb = 600): Promise<Uint8Array> {
  const compressed = await deflateZeros(expandedMb * 1024 * 1024);
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const stream = PDFRawStream.of(doc.context.obj({ Filter: PDFName.of("FlateDecode"), Length: PDFNumber.of(compressed.length) }), compressed);
  page.node.set(PDFName.of("Contents"), doc.context.register(stream));
  doc.setTitle("bomb");
  return doc.save({ useObjectStreams: false });
}

function deflateZeros(bytes: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const deflate = createDeflate({ level: 9 });
    const chunks: Buffer[] = [];
    deflate.on("data", (c: Buffer) => chunks.push(c));
    deflate.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    deflate.on("error", reject);
    const block = Buffer.alloc(1024 * 1024, 0x20);
    let left = bytes;
    const pump = () => {
      while (left > 0) {
        left -= block.length;
        if (!deflate.write(block)) return void deflate.once("drain", pump);
      }
      deflate.end();
    };
    pump();
  });
}

/** A PDF of image-only pages (what a scanner makes): each PNG fills an A4 page; no text layer. */
export async function makeImagePdf(pngs: Uint8Array[], textPagesBefore: string[] = []): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const line of textPagesBefore) doc.addPage([595, 842]).drawText(line, { x: 72, y: 760, size: 12, font });
  for (const png of pngs) {
    const image = await doc.embedPng(png);
    doc.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  }
  return doc.save();
}

/** Bytes that are not a PDF but claim to be one by name. */
export function makeNotPdf(): Uint8Array {
  return new TextEncoder().encode("<html><body>This is a web page saved as report.pdf</body></html>");
}

