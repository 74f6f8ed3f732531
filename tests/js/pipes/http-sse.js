// Server-sent events: a handler answers with a stream that stays open,
// and each event reaches the client as it is enqueued, sent in chunked
// coding (the stream's length is unknown). The client reads event 1
// while the stream is still open, then makes the server send event 2.
// needs: pipes
// perms: --allow-net
// expect: content-type: text/event-stream, transfer-encoding: chunked
// expect: read: data: 1
// expect: read: data: 2
// expect: the end: true
import { start } from "./_http.js";
let controller;
const server = start(() => {
  const body = new ReadableStream({
    start(c) {
      controller = c;
      c.enqueue(new TextEncoder().encode("data: 1\n\n"));
    },
  });
  return new Response(body, { headers: { "content-type": "text/event-stream" } });
});
const res = await fetch(`http://127.0.0.1:${server.addr.port}/events`);
print(`content-type: ${res.headers.get("content-type")}, transfer-encoding: ${res.headers.get("transfer-encoding")}`);
const reader = res.body.getReader();
const text = (r) => new TextDecoder().decode(r.value).trim();
print("read:", text(await reader.read()));
controller.enqueue(new TextEncoder().encode("data: 2\n\n"));
print("read:", text(await reader.read()));
controller.close();
print("the end:", (await reader.read()).done);
await server.shutdown();
