// A real RFC 3161 timestamp authority for tests: OpenSSL's `ts -reply` behind an HTTP server on
// 127.0.0.1, signing with a throwaway CA and a TSA certificate carrying the critical timeStamping
// extended key usage. `mode` lets a test make the authority fail or fall silent.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export type OpensslTsa = {
  url: string;
  dir: string;
  caPem: string;
  caFile: string;
  mode: "answer" | "fail" | "silent";
  requests: number;
  /** `openssl ts -verify` of a token (DER) over a digest; resolves to OpenSSL's output, throws if it fails. */
  verifyWithOpenssl(token: Uint8Array, sha256Hex: string): Promise<string>;
  close(): Promise<void>;
};

export async function startOpensslTsa(listenPort = 0): Promise<OpensslTsa> {
  const dir = await mkdtemp(path.join(tmpdir(), "tsa-"));
  const f = (name: string) => path.join(dir, name);
  await run("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", f("ca.key"), "-out", f("ca.crt"),
    "-days", "30", "-subj", "/CN=Test Timestamp Root", "-addext", "basicConstraints=critical,CA:true",
    "-addext", "keyUsage=critical,keyCertSign,cRLSign"]);
  await run("openssl", ["req", "-newkey", "rsa:2048", "-nodes", "-keyout", f("tsa.key"), "-out", f("tsa.csr"),
    "-subj", "/CN=Test Timestamp Authority/O=Workbench Tests"]);
  await writeFile(f("tsa.ext"), "basicConstraints=CA:false\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=critical,timeStamping\n");
  await run("openssl", ["x509", "-req", "-in", f("tsa.csr"), "-CA", f("ca.crt"), "-CAkey", f("ca.key"),
    "-CAcreateserial", "-out", f("tsa.crt"), "-days", "30", "-extfile", f("tsa.ext")]);
  await writeFile(f("serial"), "01\n");
  await writeFile(f("tsa.cnf"), [
    "[ tsa ]", "default_tsa = tsa_config1", "[ tsa_config1 ]", `dir = ${dir}`, "serial = $dir/serial",
    "crypto_device = builtin", "signer_cert = $dir/tsa.crt", "certs = $dir/ca.crt", "signer_key = $dir/tsa.key",
    "signer_digest = sha256", "default_policy = 1.2.3.4.1", "digests = sha256", "accuracy = secs:1",
    "ordering = yes", "tsa_name = yes", "ess_cert_id_chain = no", "ess_cert_id_alg = sha256", "",
  ].join("\n"));
  const caPem = await readFile(f("ca.crt"), "utf8");
  let counter = 0;

  const server: Server = createServer((req, res) => {
    tsa.requests += 1;
    if (tsa.mode === "silent") return; // never answers: the client's timeout must fire
    if (tsa.mode === "fail") {
      res.writeHead(503).end("down for maintenance");
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const n = ++counter;
      try {
        await writeFile(f(`q${n}.tsq`), Buffer.concat(chunks));
        await run("openssl", ["ts", "-reply", "-config", f("tsa.cnf"), "-queryfile", f(`q${n}.tsq`), "-out", f(`r${n}.tsr`)]);
        res.writeHead(200, { "content-type": "application/timestamp-reply" }).end(await readFile(f(`r${n}.tsr`)));
      } catch (error) {
        res.writeHead(500).end(String(error));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(listenPort, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const tsa: OpensslTsa = {
    url: `http://127.0.0.1:${port}/tsa`,
    dir,
    caPem,
    caFile: f("ca.crt"),
    mode: "answer",
    requests: 0,
    async verifyWithOpenssl(token, sha256Hex) {
      const n = ++counter;
      await writeFile(f(`t${n}.der`), token);
      const { stdout, stderr } = await run("openssl", ["ts", "-verify", "-digest", sha256Hex, "-token_in",
        "-in", f(`t${n}.der`), "-CAfile", f("ca.crt"), "-untrusted", f("tsa.crt")]);
      return `${stdout}${stderr}`;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(dir, { recursive: true, force: true });
    },
  };
  return tsa;
}
