// A chunked response, its chunks split across writes, with a chunk
// extension and a trailer, is joined into one body; an interim
// 100 Continue before it is skipped.
// needs: fetch
// perms: --allow-net
// expect: 201 Created
// expect: body: "Hello, chunked world!" (21 bytes)
import { rawServer } from "./_raw.js";
const server = rawServer(() => [
  "HTTP/1.1 100 Continue\r\n\r\n",
  "HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n",
  "7\r\nHello, \r\n",
  "7;ext=1\r\nchunk",
  "ed\r\n7\r\n world!\r\n",
  "0\r\nX-Trailer: t\r\n\r\n",
]);
const res = await fetch(`http://127.0.0.1:${server.port}/`);
print(res.status, res.statusText);
const body = new Uint8Array(await res.arrayBuffer());
print(`body: ${JSON.stringify(new TextDecoder().decode(body))} (${body.length} bytes)`);
server.close();
