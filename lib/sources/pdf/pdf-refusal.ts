// A PDF the workbench will not take, with a code the API can map and a message a person understands.

export type PdfRefusalCode =
  | "not_pdf"
  | "pdf_truncated"
  | "pdf_encrypted"
  | "pdf_password"
  | "pdf_too_many_pages"
  | "pdf_too_large"
  | "pdf_timeout";

export class PdfRefusal extends Error {
  readonly code: PdfRefusalCode;
  constructor(code: PdfRefusalCode, message: string) {
    super(message);
    this.name = "PdfRefusal";
    this.code = code;
  }
}

export function isPdfRefusal(error: unknown): error is PdfRefusal {
  return error instanceof PdfRefusal;
}
