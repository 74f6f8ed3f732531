// A client that goes away before its answer is written costs the server
// nothing but that answer: writing to the closed socket fails (EPIPE, not
// a SIGPIPE that would end the process), and the server goes on serving.
// needs: http
// perms: --allow-net
// expect: then: HTTP/1.1 200 OK
import { exchange, start } from "./_raw.js";
const big = "x".repeat(4 * 1024 * 1024);
const server = start(async (req) => {
  if (req.url.endsWith("/slow")) {
    await new Promise((r) => setTimeout(r, 100));
    return new Response(big);
  }
  return new Response("ok");
});
const enc = new TextEncoder();
for (let i = 0; i < 3; i++) {
  const conn = await Toy.connect({ hostname: "127.0.0.1", port: server.addr.port });
  await conn.write(enc.encode("GET /slow HTTP/1.1\r\nHost: a\r\n\r\nGET /slow HTTP/1.1\r\nHost: a\r\n\r\n"));
  conn.close();
}
await new Promise((r) => setTimeout(r, 400));
const again = await exchange(server.addr.port, "GET / HTTP/1.1\r\nConnection: close\r\n\r\n");
print("then:", again.split("\r\n")[0]);
await server.shutdown();
