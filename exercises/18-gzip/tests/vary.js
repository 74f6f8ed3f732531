// Every answer the server could have compressed says "vary:
// accept-encoding", compressed or not, so that a cache between client
// and server keeps the two apart; a vary the handler set is kept, and
// accept-encoding added to it.
// needs: pipes
// perms: --allow-net
// expect: plain: vary accept-encoding, encoding undefined
// expect: gzip: vary accept-encoding, encoding gzip
// expect: handler's vary: origin, accept-encoding
import { requests, start } from "./_gzip.js";
const server = start((req) => new URL(req.url).pathname === "/origin"
  ? new Response("x", { headers: { vary: "origin" } })
  : new Response("x"));
const [plain, gzip, origin] = await requests(server.addr.port, [
  {}, { headers: { "accept-encoding": "gzip" } }, { path: "/origin", headers: { "accept-encoding": "gzip" } },
]);
print(`plain: vary ${plain.headers.get("vary")}, encoding ${plain.headers.get("content-encoding")}`);
print(`gzip: vary ${gzip.headers.get("vary")}, encoding ${gzip.headers.get("content-encoding")}`);
print(`handler's vary: ${origin.headers.get("vary")}`);
await server.shutdown();
