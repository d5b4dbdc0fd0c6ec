// Why a capture was refused before or while fetching. Codes are stable: the job error and the
// 400 answer of the sources route carry them.
export type CaptureRefusalCode =
  | "bad_url"
  | "scheme_not_allowed"
  | "address_not_allowed"
  | "dns_failed"
  | "too_many_redirects"
  | "response_too_large"
  | "timeout"
  | "fetch_failed"
  | "not_html";

export class CaptureRefusal extends Error {
  constructor(
    readonly code: CaptureRefusalCode,
    message: string,
  ) {
    super(message);
    this.name = "CaptureRefusal";
  }
}
