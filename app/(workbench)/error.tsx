"use client";
// Shown when a workbench page fails unexpectedly. Nothing about the server is revealed.
export default function WorkbenchError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="empty-page">
      <h1>Something went wrong</h1>
      <p>The page could not be shown. Try again; if it keeps failing, reload the page.</p>
      <button type="button" className="button-quiet" onClick={reset}>
        Try again
      </button>
    </section>
  );
}
