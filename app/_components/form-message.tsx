// The message for a whole form. The live region is always in the page, so a screen reader
// announces a message when it appears rather than missing a region that arrives with it.
export function FormMessage({ message, tone }: { message?: string | undefined; tone?: "error" | "ok" | undefined }) {
  return (
    <div className="form-message-region" aria-live="polite" aria-atomic="true">
      {message ? <p className={`form-message form-message-${tone ?? "ok"}`}>{message}</p> : null}
    </div>
  );
}
