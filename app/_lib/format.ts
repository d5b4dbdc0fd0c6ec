// Dates and numbers for display. Fixed locale and UTC so that the server and the browser render
// the same string (no hydration mismatch) and researchers in any time zone read the same date.

const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const DATE_TIME = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});
const NUMBER = new Intl.NumberFormat("en-GB");

const toDate = (value: Date | string) => (typeof value === "string" ? new Date(value) : value);

export const formatDate = (value: Date | string) => DATE.format(toDate(value));
export const formatDateTime = (value: Date | string) => DATE_TIME.format(toDate(value));
export const formatNumber = (value: number) => NUMBER.format(value);
export const isoString = (value: Date | string) => toDate(value).toISOString();

/** The first 12 hex digits of a sha256: enough to tell documents apart at a glance. */
export const shortHash = (sha256: string) => sha256.slice(0, 12);
