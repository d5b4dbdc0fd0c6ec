"use client";
// Follows one API call's upload: how many bytes have gone, then that the server is working, then
// done or failed. The phases drive <UploadProgress>; the call itself goes through the typed client.
import { useCallback, useState } from "react";
import type { ApiResult } from "@/app/_lib/api/call-api";
import type { SentRequest } from "@/app/_lib/api/send-request";

/** What a call hands the client so the upload reports its progress. */
export type UploadCallbacks = Required<Pick<SentRequest, "onUploadProgress" | "onUploaded">>;

export type UploadPhase = "idle" | "uploading" | "processing" | "done" | "failed";

export interface UploadState {
  phase: UploadPhase;
  loaded: number;
  total: number;
}

const IDLE: UploadState = { phase: "idle", loaded: 0, total: 0 };

export function useUpload() {
  const [state, setState] = useState<UploadState>(IDLE);

  const send = useCallback(async <T,>(call: (progress: UploadCallbacks) => Promise<ApiResult<T>>): Promise<ApiResult<T>> => {
    setState({ phase: "uploading", loaded: 0, total: 0 });
    const result = await call({
      onUploadProgress: (loaded, total) => setState((s) => (s.phase === "uploading" ? { ...s, loaded, total } : s)),
      onUploaded: () => setState((s) => ({ phase: "processing", loaded: s.total || s.loaded, total: s.total || s.loaded })),
    });
    setState((s) => ({ ...s, phase: result.ok ? "done" : "failed" }));
    return result;
  }, []);

  const reset = useCallback(() => setState(IDLE), []);
  const busy = state.phase === "uploading" || state.phase === "processing";
  return { ...state, busy, send, reset };
}
