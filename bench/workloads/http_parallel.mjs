// http_parallel.mjs: a server on every core. The same "Hello, World!" as
// http_server.mjs, served by as many servers as the machine has cores,
// all on one port: toyjs, Deno and Bun start a worker per core
// (http_parallel_worker.mjs), each with its own server on the port with
// reusePort (SO_REUSEPORT: the kernel deals the connections out among
// the sockets); Node forks a process per core with its cluster module,
// whose primary accepts the connections and hands them round. Prints
// "LISTENING <port>" once every server listens, like http_server.mjs;
// bench/run.sh points wrk at it and kills it after (the workers with it).
import { cores, next, out, runtime, startWorker } from "./shim.mjs";

const hostname = "127.0.0.1";
const n = await cores();

if (runtime === "node") {
  const cluster = (await import("node:cluster")).default;
  if (cluster.isPrimary) {
    let listening = 0;
    cluster.on("listening", (worker, address) => {
      if (++listening === n) out(`LISTENING ${address.port}`);
    });
    for (let i = 0; i < n; i++) cluster.fork();
  } else {
    const http = await import("node:http");
    const server = http.createServer((req, res) => {
      res.setHeader("content-type", "text/plain;charset=UTF-8");
      res.end("Hello, World!");
    });
    server.listen(0, hostname);        // cluster: every worker gets the same port
  }
} else {
  // The first server takes a port the system picks; the others join it.
  const url = new URL("./http_parallel_worker.mjs", import.meta.url);
  let port = 0;
  for (let i = 0; i < n; i++) {
    const w = await startWorker(url);
    await next(w);                     // "ready"
    const listening = next(w);
    w.post({ hostname, port });
    port = await listening;
  }
  out(`LISTENING ${port}`);
}
