// The checks a URL passes before anything is fetched: a parseable http(s) URL without credentials,
// and, when its host is an IP literal in any notation, an address a capture may reach. Host names are
// judged later, on the addresses DNS gives (guarded-lookup.ts), because only those are connected to.
import { classifyAddress } from "./classify-address";
import { isAllowlisted, type CaptureAllowlist } from "./capture-allowlist";
import { CaptureRefusal } from "./capture-refusal";
import { parseIp } from "./parse-ip";

export function checkCaptureUrl(input: string, allowlist: CaptureAllowlist): URL {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new CaptureRefusal("bad_url", "not a URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new CaptureRefusal("scheme_not_allowed", `only http and https pages can be captured, not ${url.protocol.replace(/:$/, "")}`);
  }
  if (url.username || url.password) throw new CaptureRefusal("bad_url", "URLs with a user name or password are not captured");
  if (!url.hostname) throw new CaptureRefusal("bad_url", "the URL has no host");
  if (parseIp(url.hostname)) checkAddress(url.hostname, url.hostname, portOf(url), allowlist);
  return url;
}

export function portOf(url: URL): number {
  return url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80;
}

export function checkAddress(address: string, host: string, port: number, allowlist: CaptureAllowlist): void {
  const kind = classifyAddress(address);
  if (kind === "public") return;
  if (isAllowlisted(allowlist, host, port) || isAllowlisted(allowlist, address, port)) return;
  throw new CaptureRefusal("address_not_allowed", `${host} is a ${kind} address (${address}); captures may not reach it`);
}
