// Entry of the child process extractPdf starts: reads one PDF sent over IPC and answers with the
// extraction, a refusal, or an error, reporting progress per page on the way.
import { isPdfRefusal } from "./pdf-refusal";
import { readPdf } from "./read-pdf";
import type { ChildReply, ChildRequest } from "./extraction-messages";

function reply(message: ChildReply): Promise<void> {
  return new Promise((resolve) => process.send!(message, undefined, {}, () => resolve()));
}

process.once("message", async (message: ChildRequest) => {
  try {
    const result = await readPdf(message.bytes, {
      ocr: message.ocr,
      limits: message.limits,
      onProgress: (done, total) => void reply({ type: "progress", done, total }),
    });
    await reply({ type: "done", result });
  } catch (error) {
    if (isPdfRefusal(error)) await reply({ type: "refused", code: error.code, message: error.message });
    else await reply({ type: "failed", message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
  process.disconnect();
});
