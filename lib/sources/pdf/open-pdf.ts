// Opens a PDF with pdf.js (legacy build, for Node) and turns its failures into refusals a person
// understands. Encrypted PDFs are refused even when they open without a password: the text derived
// from them depends on the decryption, and their authors asked for restrictions we would bypass.
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";
import type { PDFDocumentProxy } from "pdfjs-dist/types/src/display/api";
import { createRequire } from "node:module";
import path from "node:path";
import { PdfRefusal } from "./pdf-refusal";

const require = createRequire(import.meta.url);
const pdfjsRoot = path.dirname(require.resolve("pdfjs-dist/package.json"));

export const pdfjsVersion: string = pdfjs.version;

export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  // pdf.js takes ownership of the buffer it is given; give it a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    standardFontDataUrl: `${pdfjsRoot}/standard_fonts/`,
    cMapUrl: `${pdfjsRoot}/cmaps/`,
    cMapPacked: true,
  });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw refusalFor(error);
  }
  const info = await readInfo(doc);
  if (info.EncryptFilterName) {
    await doc.destroy();
    throw new PdfRefusal(
      "pdf_encrypted",
      "The PDF is encrypted (its author locked it against copying or changes). Save an unencrypted copy, for example by printing it to PDF, and upload that.",
    );
  }
  return doc;
}

function refusalFor(error: unknown): Error {
  const name = (error as { name?: string } | null)?.name;
  const message = String((error as { message?: string } | null)?.message ?? error);
  if (name === "PasswordException") {
    return new PdfRefusal("pdf_password", "The PDF is protected by a password and cannot be opened without it. Upload a copy saved without the password.");
  }
  if (/encrypt|crypt filter|security handler/i.test(message)) {
    return new PdfRefusal("pdf_encrypted", "The PDF is encrypted with a method that cannot be read. Save an unencrypted copy, for example by printing it to PDF, and upload that.");
  }
  if (name === "InvalidPDFException" || name === "FormatError" || name === "UnknownErrorException") {
    return new PdfRefusal("pdf_truncated", `The PDF is damaged or incomplete and cannot be read (${message}). Download it again and upload the whole file.`);
  }
  return error instanceof Error ? error : new Error(message);
}

/** The document information dictionary (Title, Author, ...) as plain fields. */
export async function readInfo(doc: PDFDocumentProxy): Promise<Record<string, unknown>> {
  const { info } = await doc.getMetadata();
  return info as Record<string, unknown>;
}
