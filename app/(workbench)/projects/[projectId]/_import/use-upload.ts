"use client";
// Sends a JSON body to the API and follows its upload: how many bytes have gone, then that the
// server is working, then done or failed. The phases drive <UploadProgress>.
import { useCallback, useState } from "react";
import { type JsonAnswer, postJson } from "@/app/_lib/post-json";

export type UploadPhase = "idle" | "uploading" | "processing" | "done" | "failed";

export interface UploadState {
  phase: UploadPhase;
  loaded: number;
  total: number;
}

const IDLE: UploadState = { phase: "idle", loaded: 0, total: 0 };

export function useUpload() {
  const [state, setState] = useState<UploadState>(IDLE);

  const send = useCallback(async (url: string, data: unknown): Promise<JsonAnswer> => {
    setState({ phase: "uploading", loaded: 0, total: 0 });
    const answer = await postJson(url, data, {
      onUploadProgress: (loaded, total) => setState((s) => (s.phase === "uploading" ? { ...s, loaded, total } : s)),
      onUploaded: () => setState((s) => ({ phase: "processing", loaded: s.total || s.loaded, total: s.total || s.loaded })),
    });
    const ok = answer.status >= 200 && answer.status < 300;
    setState((s) => ({ ...s, phase: ok ? "done" : "failed" }));
    return answer;
  }, []);

  const reset = useCallback(() => setState(IDLE), []);
  const busy = state.phase === "uploading" || state.phase === "processing";
  return { ...state, busy, send, reset };
}
