// http_server.mjs: the server side of the HTTP workload. Answers every
// request with "Hello, World!" through each runtime's own server API
// (Toy.serve, Deno.serve, Bun.serve, Node's http module), on 127.0.0.1 and
// a port the system picks. It prints "LISTENING <port>" once it accepts
// connections; bench/run.sh then points wrk at it and kills it after.
import { out, runtime } from "./shim.mjs";

const hostname = "127.0.0.1";
const text = "Hello, World!";
const listening = (port) => out(`LISTENING ${port}`);

switch (runtime) {
  case "toyjs":
    Toy.serve({ hostname, port: 0, onListen: ({ port }) => listening(port) }, () => new Response(text));
    break;
  case "deno":
    Deno.serve({ hostname, port: 0, onListen: ({ port }) => listening(port) }, () => new Response(text));
    break;
  case "bun": {
    const server = Bun.serve({ hostname, port: 0, fetch: () => new Response(text) });
    listening(server.port);
    break;
  }
  default: {
    // The same headers the others send: a Response from a string carries
    // content-type text/plain;charset=UTF-8, and end(text) sets the length.
    const http = await import("node:http");
    const server = http.createServer((req, res) => {
      res.setHeader("content-type", "text/plain;charset=UTF-8");
      res.end(text);
    });
    server.listen(0, hostname, () => listening(server.address().port));
  }
}
