// Runs the release checks of verify.html (lib/releases/verify-core-js.ts) in Node, on files from a
// folder: `npm run verify-release -- <folder>` and tests use exactly the page's code.
import { webcrypto } from "node:crypto";
import { VERIFY_CORE_JS } from "./verify-core-js";

export interface ReleaseCheck {
  kind: "file" | "signature" | "claim" | "coverage";
  name: string;
  ok: boolean;
  message: string;
}

export interface EmbeddedRelease {
  projectId: string;
  release: { id: string; name: string; createdAt: string };
  files: { name: string; sha256: string; bytes: number }[];
  logHead: { treeSize: number; rootHash: string; timestamp: string; keyId: string; signature: string; tsaTimestamp?: { tsa: string; genTime: string; token: string; sha256: string } } | null;
  keys: { keyId: string; publicKeyPem: string }[];
}

type CheckFn = (embedded: EmbeddedRelease, files: Record<string, Uint8Array>, subtle: SubtleCrypto) => Promise<{ ok: boolean; checks: ReleaseCheck[] }>;

const checkRelease = new Function(`${VERIFY_CORE_JS}\nreturn checkRelease;`)() as CheckFn;

export function runReleaseChecks(embedded: EmbeddedRelease, files: Record<string, Uint8Array>) {
  return checkRelease(embedded, files, webcrypto.subtle as unknown as SubtleCrypto);
}

/** The release data a verify.html carries, read back from the page. */
export function embeddedRelease(html: string): EmbeddedRelease {
  const match = /<script type="application\/json" id="release">([\s\S]*?)<\/script>/.exec(html);
  if (!match?.[1]) throw new Error("verify.html carries no release data");
  return JSON.parse(match[1]) as EmbeddedRelease;
}
