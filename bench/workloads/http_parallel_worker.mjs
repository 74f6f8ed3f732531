// http_parallel_worker.mjs: one of http_parallel.mjs's servers. Told a
// hostname and a port (0: any), it serves "Hello, World!" there with
// reusePort, so that the other workers' servers can share the port, and
// answers with the port it listens on.
import { parent, runtime } from "./shim.mjs";

const text = "Hello, World!";
const p = await parent();
p.onMessage(({ hostname, port }) => {
  const onListen = (addr) => p.post(addr.port);
  switch (runtime) {
    case "toyjs":
      Toy.serve({ hostname, port, reusePort: true, onListen }, () => new Response(text));
      break;
    case "deno":
      Deno.serve({ hostname, port, reusePort: true, onListen }, () => new Response(text));
      break;
    case "bun": {
      const server = Bun.serve({ hostname, port, reusePort: true, fetch: () => new Response(text) });
      onListen(server);
      break;
    }
  }
});
p.post("ready");
