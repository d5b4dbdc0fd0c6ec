"use client";
// The queue's single-key shortcuts, listened for on the whole page. Keys typed into a text field,
// a select or an open dialog are left alone, as are combinations with Ctrl, Alt or Meta.
import { useEffect, useEffectEvent } from "react";

export type QueueKey = "next" | "previous" | "toggle" | "approve" | "request_changes" | "reject" | "dispute" | "select" | "approve_selected" | "help" | { credibility: number };

const TYPING = 'textarea, select, dialog, [contenteditable="true"], input:not([type="checkbox"]):not([type="radio"]):not([type="button"]):not([type="submit"])';

export function keyOf(e: Pick<KeyboardEvent, "key" | "shiftKey">): QueueKey | null {
  if (e.shiftKey && e.key.toLowerCase() === "a") return "approve_selected";
  if (/^[1-6]$/.test(e.key)) return { credibility: Number(e.key) };
  const map: Record<string, QueueKey> = { j: "next", k: "previous", o: "toggle", a: "approve", c: "request_changes", r: "reject", d: "dispute", x: "select", "?": "help" };
  return map[e.key] ?? null;
}

export function useQueueKeys(onKey: (key: QueueKey) => void) {
  const handle = useEffectEvent((e: KeyboardEvent) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
    if (e.target instanceof Element && e.target.closest(TYPING)) return;
    const key = keyOf(e);
    if (!key) return;
    e.preventDefault();
    onKey(key);
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => handle(e);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);
}
