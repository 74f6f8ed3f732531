// Pipelined requests sent in one write are answered in order, even when
// the first handler takes longer than the second.
// needs: http
// perms: --allow-net
// expect: slow
// expect: fast
import { exchange, start } from "./_raw.js";
const server = start(async (req) => {
  if (req.url.endsWith("/slow")) {
    await new Promise((r) => setTimeout(r, 50));
    return new Response("slow");
  }
  return new Response("fast");
});
const res = await exchange(server.addr.port,
  "GET /slow HTTP/1.1\r\nHost: a\r\n\r\nGET /fast HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
for (const part of res.split("HTTP/1.1 200 OK").slice(1)) print(part.slice(part.indexOf("\r\n\r\n") + 4));
await server.shutdown();
