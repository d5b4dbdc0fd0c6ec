// extractPdf: a PDF's text, pages and layout, read in a child process so that a hostile or enormous
// file cannot stall the app's event loop or take its memory. The child runs at a lower CPU priority,
// under a V8 heap limit and a watch on its resident memory (decompression bombs grow outside the V8
// heap), and is killed when it passes the memory or time limit; each case becomes a PdfRefusal.
import { fork, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { setPriority } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { checkPdfBytes } from "./check-pdf-bytes";
import type { ChildReply, ChildRequest } from "./extraction-messages";
import { PdfRefusal } from "./pdf-refusal";
import { DEFAULT_PDF_LIMITS, type ExtractPdfOptions, type PdfExtraction, type PdfLimits } from "./types";

const MEMORY_POLL_MS = 100;
/** Nice value of the child: background extraction yields to the app's requests when the CPU is busy. */
export const EXTRACTION_PRIORITY = 10;

export async function extractPdf(bytes: Uint8Array, options: ExtractPdfOptions = {}): Promise<PdfExtraction> {
  const limits: PdfLimits = { ...DEFAULT_PDF_LIMITS, ...options.limits };
  checkPdfBytes(bytes, limits);
  const child = startChild(limits);
  return new Promise<PdfExtraction>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: { result: PdfExtraction } | { error: Error }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watch);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      if ("result" in outcome) resolve(outcome.result);
      else reject(outcome.error);
    };
    const timer = setTimeout(
      () => finish({ error: new PdfRefusal("pdf_timeout", `Reading the PDF took longer than the ${Math.round(limits.timeoutMs / 1000)} s allowed; it was stopped.`) }),
      limits.timeoutMs,
    );
    const watch = setInterval(() => {
      if (child.pid !== undefined && residentMb(child.pid) > limits.maxMemoryMb) finish({ error: tooMuchMemory(limits) });
    }, MEMORY_POLL_MS);
    child.on("message", (message: ChildReply) => {
      if (message.type === "progress") options.onProgress?.(message.done, message.total);
      else if (message.type === "done") finish({ result: message.result });
      else if (message.type === "refused") finish({ error: new PdfRefusal(message.code, message.message) });
      else finish({ error: new Error(`PDF extraction failed: ${message.message}`) });
    });
    child.on("error", (error) => finish({ error }));
    child.on("exit", (code, signal) => {
      // V8 aborts (exit code 134, or SIGABRT) when the heap limit is reached.
      if (code === 134 || signal === "SIGABRT") finish({ error: tooMuchMemory(limits) });
      else finish({ error: new Error(`PDF extraction stopped unexpectedly (exit ${code ?? signal}).`) });
    });
    const request: ChildRequest = { bytes, ocr: options.ocr ?? false, limits };
    child.send(request);
  });
}

function startChild(limits: PdfLimits): ChildProcess {
  const heapMb = Math.max(128, Math.floor(limits.maxMemoryMb * 0.75));
  const child = fork(childEntry(), [], {
    execArgv: [`--max-old-space-size=${heapMb}`],
    serialization: "advanced",
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  if (child.pid !== undefined) {
    try {
      setPriority(child.pid, EXTRACTION_PRIORITY);
    } catch {
      // Not permitted on every system; the limits still hold.
    }
  }
  return child;
}

function tooMuchMemory(limits: PdfLimits): PdfRefusal {
  return new PdfRefusal(
    "pdf_too_large",
    `Reading the PDF needed more than the ${limits.maxMemoryMb} MB of memory allowed (a compressed stream that expands enormously, or an unusually heavy file); it was stopped.`,
  );
}

/** Resident memory of a process in MiB (Linux /proc); 0 where it cannot be read. */
function residentMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return kb / 1024;
  } catch {
    return 0;
  }
}

// The child runs this folder's TypeScript with tsx, as the app's own processes do. When this module
// has been bundled (its URL no longer points at the source), the source is found from the app's root.
function childEntry(): string {
  const here = import.meta.url.startsWith("file:") ? path.dirname(fileURLToPath(import.meta.url)) : "";
  const beside = path.join(here, "extraction-child.mjs");
  return here && existsSync(beside) ? beside : path.join(process.cwd(), "lib/sources/pdf/extraction-child.mjs");
}
