// What is not compressed: an answer with no body (204, or a 200 with
// none), an answer the handler encoded already (it goes as it is, its
// content-encoding, length and bytes, with no vary added), and every
// answer of a server without compress.
// A HEAD gets the headers a GET would (content-encoding: gzip) and no
// body.
// needs: pipes
// perms: --allow-net
// expect: /none: HTTP/1.1 204 No Content, encoding undefined, vary undefined
// expect: /empty: HTTP/1.1 200 OK, encoding undefined, vary undefined
// expect: /encoded: encoding br, vary undefined, length 3, bytes 1,2,3
// expect: HEAD /: encoding gzip, vary accept-encoding, no body: true
// expect: no compress: encoding undefined, length 5
import { requests, start } from "./_gzip.js";
const server = start((req) => {
  const path = new URL(req.url).pathname;
  if (path === "/none") return new Response(null, { status: 204 });
  if (path === "/empty") return new Response(null);
  if (path === "/encoded") return new Response(new Uint8Array([1, 2, 3]), { headers: { "content-encoding": "br" } });
  return new Response("hello");
});
const gz = { "accept-encoding": "gzip" };
const [none, empty, encoded, head] = await requests(server.addr.port, [
  { path: "/none", headers: gz }, { path: "/empty", headers: gz }, { path: "/encoded", headers: gz },
  { method: "HEAD", path: "/", headers: gz },
]);
for (const [path, r] of [["/none", none], ["/empty", empty]]) {
  print(`${path}: ${r.status}, encoding ${r.headers.get("content-encoding")}, vary ${r.headers.get("vary")}`);
}
print(`/encoded: encoding ${encoded.headers.get("content-encoding")}, vary ${encoded.headers.get("vary")}, ` +
  `length ${encoded.headers.get("content-length")}, bytes ${[...encoded.body]}`);
print(`HEAD /: encoding ${head.headers.get("content-encoding")}, vary ${head.headers.get("vary")}, ` +
  `no body: ${head.body.length === 0}`);
await server.shutdown();
const plain = start(() => new Response("hello"), false);
const [p] = await requests(plain.addr.port, [{ headers: gz }]);
print(`no compress: encoding ${p.headers.get("content-encoding")}, length ${p.headers.get("content-length")}`);
await plain.shutdown();
