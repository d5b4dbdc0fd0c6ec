"use client";
// Files dropped on a box: whether something is being dragged over it (for its look), and the
// handlers that take the files and ignore anything else dragged (text, links).
import { type DragEvent, useState } from "react";

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes("Files");

export function useFileDrop(onFiles: (files: FileList) => void) {
  const [dragging, setDragging] = useState(false);
  const handlers = {
    onDragEnter(e: DragEvent) {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(true);
    },
    onDragOver(e: DragEvent) {
      if (hasFiles(e)) e.preventDefault();
    },
    onDragLeave(e: DragEvent) {
      if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
    },
    onDrop(e: DragEvent) {
      e.preventDefault();
      setDragging(false);
      onFiles(e.dataTransfer.files);
    },
  };
  return { dragging, handlers };
}
