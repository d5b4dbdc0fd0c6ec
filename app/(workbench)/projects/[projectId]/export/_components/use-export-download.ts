"use client";
// Downloads an export with fetch and follows it as it streams: the total comes first (the
// X-Total-Count header), then rows are counted as bytes arrive (CSV records, honouring quotes;
// JSON lines; W3C annotations, one per line). At the end the file is handed to the browser.
import { useCallback, useRef, useState } from "react";
import { type ApiFailure, apiFailure } from "@/app/_lib/api-error";
import { CsvRecordScanner } from "@/lib/exports/csv-records";
import type { ExportFormatInfo } from "@/lib/exports/formats";

export type DownloadPhase = "idle" | "starting" | "streaming" | "done" | "failed" | "cancelled";

export interface DownloadState {
  phase: DownloadPhase;
  /** Rows (CSV), claims (JSONL, W3C) received so far; null when the format cannot be counted (zip). */
  received: number | null;
  total: number | null;
  bytes: number;
  fileName?: string;
  failure?: ApiFailure;
}

const IDLE: DownloadState = { phase: "idle", received: null, total: null, bytes: 0 };

function itemCounter(progress: ExportFormatInfo["progress"]): (chunk: Uint8Array) => number | null {
  if (progress.by === "csv-records") {
    const scanner = new CsvRecordScanner();
    return (chunk) => (scanner.count(chunk), Math.max(0, scanner.records - 1));
  }
  if (progress.by === "none") return () => null;
  let lines = 0;
  const headerLines = progress.skip;
  return (chunk) => {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    return Math.max(0, lines - headerLines);
  };
}

function fileNameOf(disposition: string | null): string {
  const utf8 = /filename\*=UTF-8''([^;]+)/.exec(disposition ?? "")?.[1];
  if (utf8) return decodeURIComponent(utf8);
  return /filename="([^"]+)"/.exec(disposition ?? "")?.[1] ?? "export";
}

function save(parts: BlobPart[], type: string, fileName: string) {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function useExportDownload() {
  const [state, setState] = useState<DownloadState>(IDLE);
  const abort = useRef<AbortController | null>(null);

  const start = useCallback(async (url: string, format: ExportFormatInfo) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setState({ ...IDLE, phase: "starting" });
    try {
      const res = await fetch(url, { signal: controller.signal, headers: { accept: "*/*" } });
      if (!res.ok || !res.body) {
        const body: unknown = await res.json().catch(() => null);
        setState({ ...IDLE, phase: "failed", failure: apiFailure(res.status, body) });
        return;
      }
      const total = Number(res.headers.get("x-total-count") ?? "NaN");
      const fileName = fileNameOf(res.headers.get("content-disposition"));
      const count = itemCounter(format.progress);
      const parts: BlobPart[] = [];
      let bytes = 0;
      let received: number | null = null;
      let shown = 0;
      setState({ phase: "streaming", received: format.progress.by === "none" ? null : 0, total: Number.isFinite(total) ? total : null, bytes, fileName });
      const reader = res.body.getReader();
      for (let r = await reader.read(); !r.done; r = await reader.read()) {
        parts.push(r.value);
        bytes += r.value.byteLength;
        received = count(r.value);
        if (performance.now() - shown > 100) {
          shown = performance.now();
          const snapshot = { received, bytes };
          setState((s) => ({ ...s, ...snapshot }));
        }
      }
      save(parts, res.headers.get("content-type") ?? "application/octet-stream", fileName);
      setState((s) => ({ ...s, phase: "done", received, bytes }));
    } catch {
      setState((s) => (controller.signal.aborted ? { ...s, phase: "cancelled" } : { ...s, phase: "failed", failure: apiFailure(0, null) }));
    }
  }, []);

  const cancel = useCallback(() => abort.current?.abort(), []);
  const busy = state.phase === "starting" || state.phase === "streaming";
  return { ...state, busy, start, cancel };
}
