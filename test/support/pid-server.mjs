// A stand-in for `next start` in the app-cluster test: answers every request with its process id.
import http from "node:http";

const port = Number(process.argv[2]);
http.createServer((_req, res) => res.end(String(process.pid))).listen(port, "127.0.0.1");
process.on("SIGTERM", () => process.exit(0));
