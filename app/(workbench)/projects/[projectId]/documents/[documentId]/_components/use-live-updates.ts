"use client";
// Subscribes to the document's live stream (server-sent events): who is reading it, and which
// annotations changed (ids only; the caller fetches each through the authorised API). The browser's
// EventSource reconnects by itself after a drop.
import { useEffect, useRef, useState } from "react";

export interface Viewer {
  userId: string;
  name: string;
}

const isViewer = (v: unknown): v is Viewer =>
  typeof v === "object" && v !== null && typeof (v as Viewer).userId === "string" && typeof (v as Viewer).name === "string";

function parse(e: Event): Record<string, unknown> | null {
  try {
    const data: unknown = JSON.parse((e as MessageEvent<string>).data);
    return typeof data === "object" && data !== null ? (data as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export interface LiveState {
  viewers: Viewer[];
  /** The stream is open (false while connecting or reconnecting). */
  connected: boolean;
}

export function useLiveUpdates(documentId: string, enabled: boolean, onAnnotation: (id: string, op: string) => void): LiveState {
  const [viewers, setViewers] = useState<Viewer[]>([]);
  const [connected, setConnected] = useState(false);
  const handler = useRef(onAnnotation);
  useEffect(() => {
    handler.current = onAnnotation;
  });
  useEffect(() => {
    if (!enabled || typeof EventSource === "undefined") return;
    const source = new EventSource(`/api/v1/documents/${encodeURIComponent(documentId)}/live`);
    const onViewers = (e: Event) => {
      const list = parse(e)?.viewers;
      if (Array.isArray(list)) setViewers(list.filter(isViewer));
      setConnected(true);
    };
    source.addEventListener("error", () => setConnected(false));
    source.addEventListener("ready", onViewers);
    source.addEventListener("presence", onViewers);
    source.addEventListener("annotation", (e) => {
      const data = parse(e);
      if (typeof data?.annotationId === "string") handler.current(data.annotationId, String(data.op ?? ""));
    });
    return () => source.close();
  }, [documentId, enabled]);
  return { viewers, connected };
}
