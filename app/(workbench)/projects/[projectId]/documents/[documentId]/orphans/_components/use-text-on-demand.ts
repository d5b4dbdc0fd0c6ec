"use client";
// The newest text, downloaded only when someone opens "Select the words yourself": the queue itself
// shows each orphan's quotes and candidates, which the server cut from the text, so a 1 MB source
// does not travel with every visit to its queue. Checked against its length and sha256 on arrival.
import { useCallback, useState } from "react";
import { textareaOffsets, type TextareaOffsets } from "@/lib/anchoring/textarea-offsets";
import type { ExpectedText } from "@/lib/reader";
import { wholeText } from "../../_components/whole-text";

export type TextOnDemand = { state: "idle" | "loading" } | { state: "ready"; offsets: TextareaOffsets } | { state: "failed"; message: string };

export function useTextOnDemand(expected: ExpectedText & { url: string }): { text: TextOnDemand; request: () => void } {
  const [text, setText] = useState<TextOnDemand>({ state: "idle" });
  const request = useCallback(() => {
    setText((t) => (t.state === "ready" || t.state === "loading" ? t : { state: "loading" }));
    wholeText(expected.url, expected).then(
      (value) => setText({ state: "ready", offsets: textareaOffsets(value) }),
      (error: unknown) => setText({ state: "failed", message: error instanceof Error ? error.message : "The text could not be loaded." }),
    );
  }, [expected]);
  return { text, request };
}
