// A `lookup` for http.request/https.request that resolves the host itself and hands the socket only
// addresses that passed the check, so the address checked is the address connected to (no second
// DNS answer can slip a private address in between). One lookup per request: it knows the port.
import { lookup as dnsLookup } from "node:dns/promises";
import type { LookupFunction } from "node:net";
import { checkAddress } from "./check-capture-url";
import type { CaptureAllowlist } from "./capture-allowlist";
import { CaptureRefusal } from "./capture-refusal";

export type Resolver = (hostname: string) => Promise<{ address: string; family: number }[]>;

export const systemResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

export async function resolveChecked(
  hostname: string,
  port: number,
  allowlist: CaptureAllowlist,
  resolver: Resolver = systemResolver,
): Promise<{ address: string; family: number }> {
  let answers: { address: string; family: number }[];
  try {
    answers = await resolver(hostname);
  } catch (error) {
    throw new CaptureRefusal("dns_failed", `${hostname} could not be resolved (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  if (answers.length === 0) throw new CaptureRefusal("dns_failed", `${hostname} has no addresses`);
  // Every answer must pass: a name that points anywhere private is refused outright.
  for (const answer of answers) checkAddress(answer.address, hostname, port, allowlist);
  return answers[0] as { address: string; family: number };
}

export function guardedLookup(port: number, allowlist: CaptureAllowlist, resolver?: Resolver): LookupFunction {
  return (hostname, options, callback) => {
    resolveChecked(hostname, port, allowlist, resolver).then(
      ({ address, family }) => {
        if ((options as { all?: boolean }).all) (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address, family }]);
        else callback(null, address, family);
      },
      (error: Error) => callback(error as NodeJS.ErrnoException, "", 0),
    );
  };
}
