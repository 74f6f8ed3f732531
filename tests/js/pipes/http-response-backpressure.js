// A response stream is read only as fast as the client takes its
// chunks: the server reads the next chunk once the socket has taken the
// last. The stream here never ends; the client reads 8 chunks' worth,
// then stops reading for a while (many turns of the event loop, no
// clock), then cancels. The server's pulls stay within what the
// kernel's socket buffers hold (far below the 2000 a server that does
// not wait would reach), and the client's cancel ends the stream.
// needs: pipes
// perms: --allow-net
// expect: client read at least 8 chunks: true
// expect: pulls bounded: true
// expect: cancelled: true
import { start } from "./_http.js";
const CHUNK = 64 * 1024;
let pulls = 0;
let cancelled;
const cancel = new Promise((resolve) => (cancelled = resolve));
const server = start(() => new Response(new ReadableStream({
  pull(c) {
    pulls++;
    c.enqueue(new Uint8Array(CHUNK));
  },
  cancel() {
    cancelled(true);
  },
}, { highWaterMark: 0 })));
const res = await fetch(`http://127.0.0.1:${server.addr.port}/`);
const reader = res.body.getReader();
let read = 0;
while (read < 8 * CHUNK) read += (await reader.read()).value.length;
print("client read at least 8 chunks:", read >= 8 * CHUNK);
for (let i = 0; i < 200; i++) await new Promise((resolve) => setTimeout(resolve, 0));
print("pulls bounded:", pulls < 400);
await reader.cancel();
print("cancelled:", await cancel);
await server.shutdown();
