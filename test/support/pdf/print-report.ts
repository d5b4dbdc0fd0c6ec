// The generated report printed to PDF, with its running title and "Page n of N" footer.
import { printHtmlToPdf } from "./print-html-to-pdf";
import { reportFooter, reportHeader, reportHtml, type ReportOptions } from "./report-html";

export async function printReport(options: ReportOptions): Promise<Uint8Array> {
  const title = options.title ?? "Report on the 1988 prison massacre";
  return printHtmlToPdf(reportHtml({ ...options, title }), {
    headerTemplate: reportHeader(title),
    footerTemplate: reportFooter,
    margin: { top: "18mm", bottom: "18mm", left: "16mm", right: "16mm" },
  });
}
