// Test PDFs for extraction tests, the PDF e2e and the PDF benchmark.
export { closePrinter, printHtmlToPdf, renderHtmlToPng, type PrintOptions } from "./print-html-to-pdf";
export { reportFooter, reportHeader, reportHtml, reportPages, reportPageText, type ReportOptions, type ReportPage } from "./report-html";
export {
  makeDecompressionBomb,
  makeEncryptedPdf,
  makeImagePdf,
  makeNotPdf,
  makePageCountBomb,
  makeSimplePdf,
  truncatePdf,
} from "./make-odd-pdfs";
export { makeScannedPdf, renderScannedPage } from "./make-scanned-pdf";
export { printReport } from "./print-report";
