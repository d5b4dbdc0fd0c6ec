"use client";
// Freezes the export form's current filter as a named release and shows its manifest: each
// file's size and sha256, which the release's download links return byte for byte, forever.
import Link from "next/link";
import { useState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { callApi } from "@/app/_lib/api/call-api";
import type { ExportFormatInfo, TExportQuery } from "@/lib/exports/formats";
import { createRelease } from "@/lib/http/contracts/exports";
import { ReleaseFiles, type ReleaseSummary } from "../../releases/_components/release-files";

const andList = (items: string[]) => (items.length > 1 ? `${items.slice(0, -1).join(", ")} and ${items.at(-1)}` : (items[0] ?? ""));

type FilterResult = { query: TExportQuery } | { errors: Record<string, string> } | null;

/** `formats`: those a release stores, for the sentence saying so. */
export function ReleaseForm({ projectId, formats, filterOf }: { projectId: string; formats: ExportFormatInfo[]; filterOf: () => FilterResult }) {
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ text: string; tone: "ok" | "error" } | null>(null);
  const [release, setRelease] = useState<ReleaseSummary | null>(null);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const name = String(new FormData(e.currentTarget).get("name") ?? "").trim();
    const filter = filterOf();
    if (!name) return setMessage({ text: "Give the release a name.", tone: "error" });
    if (!filter || "errors" in filter) return setMessage({ text: "Fix the filter above first.", tone: "error" });
    const { format: _format, ...rest } = filter.query;
    setPending(true);
    setMessage(null);
    const result = await callApi(createRelease, { params: { projectId }, body: { name, filter: rest } });
    setPending(false);
    if (!result.ok) return setMessage({ text: result.failure.message, tone: "error" });
    const made = result.data;
    setRelease(made);
    setMessage({ text: `Release “${made.name}” created with ${made.counts.claims ?? 0} claims.`, tone: "ok" });
  }

  return (
    <section aria-labelledby="release-heading" className="panel release-panel">
      <h2 id="release-heading">Freeze as a release</h2>
      <p className="muted small">
        Stores this filter&apos;s {andList(formats.map((f) => f.label))} files with their sha256. They never change; cite the release in a
        publication. <Link href={`/projects/${projectId}/releases`}>All releases</Link>
      </p>
      <form onSubmit={onSubmit} noValidate className="form-inline" aria-label="Create a release">
        <div className="field">
          <label htmlFor="release-name">Release name</label>
          <input id="release-name" name="name" maxLength={200} required placeholder="e.g. 2026-11 report dataset" />
        </div>
        <button type="submit" className="button-primary" disabled={pending}>
          {pending ? "Creating…" : "Create release"}
        </button>
      </form>
      <FormMessage message={message?.text} tone={message?.tone} />
      {release ? <ReleaseFiles release={release} /> : null}
    </section>
  );
}
