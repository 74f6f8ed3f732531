// Compressed answers end where their chunked coding says, so the
// connection goes on: three requests on one connection, gzip'd, plain,
// gzip'd, each answer whole and in order.
// needs: pipes
// perms: --allow-net
// expect: /a gzip a-a-a-a-a-a-a-a-a-a
// expect: /b identity b-b-b-b-b-b-b-b-b-b
// expect: /c gzip c-c-c-c-c-c-c-c-c-c
import { dec, gunzip, requests, start } from "./_gzip.js";
const server = start((req) => new Response(Array(10).fill(new URL(req.url).pathname.slice(1)).join("-")));
const gz = { "accept-encoding": "gzip" };
const answers = await requests(server.addr.port, [{ path: "/a", headers: gz }, { path: "/b" }, { path: "/c", headers: gz }]);
for (const [i, path] of ["/a", "/b", "/c"].entries()) {
  const r = answers[i];
  const coding = r.headers.get("content-encoding") ?? "identity";
  const body = coding === "gzip" ? await gunzip(r.body) : r.body;
  print(path, coding, dec.decode(body));
}
await server.shutdown();
