// A chunked request body is joined before the handler sees it; chunk
// extensions and trailers are skipped.
// needs: http
// perms: --allow-net
// expect: body "hello, chunked world" 20
// expect: HTTP/1.1 200 OK
import { exchange, start } from "./_raw.js";
const server = start(async (req) => {
  const bytes = new Uint8Array(await req.arrayBuffer());
  print("body", JSON.stringify(new TextDecoder().decode(bytes)), bytes.length);
  return new Response(null);
});
const res = await exchange(server.addr.port,
  "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n" +
  "5\r\nhello\r\nf;ext=1\r\n, chunked world\r\n0\r\nX-Trailer: t\r\n\r\n");
print(res.split("\r\n")[0]);
await server.shutdown();
