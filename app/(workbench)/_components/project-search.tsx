"use client";
// The header's search box, on every page inside a project: "/" or Ctrl/⌘+K puts the cursor in it
// (unless one is typing in a field), Enter opens the project's search page with the words.
import Form from "next/form";
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useRef } from "react";

/** The project a path is inside, if any ("/projects/abc/claims" → "abc"). */
export function projectOfPath(pathname: string): string | null {
  const m = /^\/projects\/([^/]+)/.exec(pathname);
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}

const TYPING = "input, textarea, select, dialog, [contenteditable]:not([contenteditable='false'])";

export function isSearchShortcut(e: Pick<KeyboardEvent, "key" | "code" | "ctrlKey" | "metaKey" | "altKey" | "shiftKey" | "isComposing" | "defaultPrevented">, typing: boolean): boolean {
  if (e.defaultPrevented || e.isComposing || e.altKey) return false;
  if ((e.ctrlKey || e.metaKey) && (e.key === "k" || e.key === "K" || e.code === "KeyK")) return true;
  if (typing || e.ctrlKey || e.metaKey) return false;
  return e.key === "/" || (e.code === "Slash" && !e.shiftKey);
}

export function ProjectSearch() {
  const pathname = usePathname();
  const params = useSearchParams();
  const input = useRef<HTMLInputElement>(null);
  const projectId = projectOfPath(pathname);
  const onSearchPage = projectId !== null && pathname === `/projects/${encodeURIComponent(projectId)}/search`;
  const q = onSearchPage ? (params.get("q") ?? "") : "";

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target instanceof Element && e.target.closest(TYPING) !== null;
      if (!input.current || !isSearchShortcut(e, typing)) return;
      e.preventDefault();
      input.current.focus();
      input.current.select();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  if (!projectId) return null;
  return (
    <Form action={`/projects/${encodeURIComponent(projectId)}/search`} role="search" aria-label="Search this project" className="header-search">
      <label htmlFor="header-search-q" className="visually-hidden">
        Search this project
      </label>
      <input
        ref={input}
        key={q}
        id="header-search-q"
        name="q"
        type="search"
        dir="auto"
        defaultValue={q}
        placeholder="Search sources, quotes, claims…"
        aria-keyshortcuts="/ Control+K Meta+K"
        autoComplete="off"
        enterKeyHint="search"
      />
      <kbd className="header-search-key" aria-hidden="true">
        /
      </kbd>
    </Form>
  );
}
