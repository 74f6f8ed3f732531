// Every answer the server could have compressed says "vary:
// accept-encoding", compressed or not, so that a cache between client
// and server keeps the two apart; a vary the handler set is kept, and
// accept-encoding added to it. The handler's Response is not changed: one
// handed out for every request says it once each time.
// needs: pipes
// perms: --allow-net
// expect: plain: vary accept-encoding, encoding undefined
// expect: gzip: vary accept-encoding, encoding gzip
// expect: handler's vary: origin, accept-encoding
// expect: the same Response, thrice: accept-encoding | accept-encoding | accept-encoding
// expect: its own headers: vary null
import { requests, start } from "./_gzip.js";
const shared = new Response("the same");
const server = start((req) => {
  const path = new URL(req.url).pathname;
  if (path === "/shared") return shared;
  if (path === "/origin") return new Response("x", { headers: { vary: "origin" } });
  return new Response("x");
});
const [plain, gzip, origin] = await requests(server.addr.port, [
  {}, { headers: { "accept-encoding": "gzip" } }, { path: "/origin", headers: { "accept-encoding": "gzip" } },
]);
print(`plain: vary ${plain.headers.get("vary")}, encoding ${plain.headers.get("content-encoding")}`);
print(`gzip: vary ${gzip.headers.get("vary")}, encoding ${gzip.headers.get("content-encoding")}`);
print(`handler's vary: ${origin.headers.get("vary")}`);
const again = await requests(server.addr.port, [{ path: "/shared" }, { path: "/shared" }, { path: "/shared" }]);
print("the same Response, thrice:", again.map((r) => r.headers.get("vary")).join(" | "));
print("its own headers: vary", shared.headers.get("vary"));
await server.shutdown();
