// What a tree head's signature covers: the RFC 8785 canonical JSON of {projectId, treeSize,
// rootHash, timestamp}, UTF-8. Verifiers rebuild exactly these bytes.
import canonicalize from "canonicalize";

export interface HeadStatement {
  projectId: string;
  treeSize: number;
  rootHash: string;
  timestamp: string;
}

export function headStatement(h: HeadStatement): Buffer {
  return Buffer.from(canonicalize({ projectId: h.projectId, treeSize: h.treeSize, rootHash: h.rootHash, timestamp: h.timestamp })!, "utf8");
}
