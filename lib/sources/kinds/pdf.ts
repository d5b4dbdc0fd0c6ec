// A PDF report: text, pages and page layout read with pdf.js (lib/sources/pdf), in a child process
// under limits; pages without a text layer are recognised (OCR) where the English model can. A
// PDF the reader refuses (encrypted, cut short, a bomb) fails the job with the refusal's code.
import { JobRefusal } from "../../jobs/job-kind";
import { extractPdf, isPdfRefusal, looksLikePdf } from "../pdf";
import type { SourceKind } from "../source-kind";
import { MAX_UPLOAD_BYTES } from "../source-kind";

const END_MARKER = "%%EOF";

export const pdfKind: SourceKind = {
  id: "pdf",
  label: "PDF",
  mediaType: "application/pdf",
  maxBytes: MAX_UPLOAD_BYTES,
  extensions: [".pdf"],
  mediaTypes: ["application/pdf"],
  signature: "%PDF-",
  sniff: (head) => looksLikePdf(head),
  refuseAtOnce: ({ tail }) =>
    Buffer.from(tail).toString("latin1").includes(END_MARKER)
      ? null
      : {
          code: "pdf_truncated",
          message: "The PDF is incomplete: it stops before its end marker (%%EOF), as a download cut short does. Download it again and upload the whole file.",
        },
  async extract(bytes, { onProgress }) {
    let pending = Promise.resolve();
    try {
      const result = await extractPdf(bytes, {
        ocr: true,
        onProgress: (done, total) => {
          pending = pending.then(() => onProgress(done, total, "pages"));
        },
      });
      await pending;
      const { author, language } = result.metadata;
      // Printers often write a placeholder ("about:blank", "Untitled") where the title belongs.
      const title = result.metadata.title && !/^(about:|untitled\b|document\d*$)/i.test(result.metadata.title.trim()) ? result.metadata.title : undefined;
      return {
        text: result.text,
        pages: result.pages,
        layout: result.layout,
        derivation: result.derivation,
        metadata: { ...(title ? { title } : {}), ...(author ? { author } : {}), ...(language ? { language } : {}) },
      };
    } catch (error) {
      if (isPdfRefusal(error)) throw new JobRefusal(error.code, error.message);
      throw error;
    }
  },
};
