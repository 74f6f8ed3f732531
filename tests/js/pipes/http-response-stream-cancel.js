// A client that goes away cancels the stream its answer was coming from,
// even a stream that has nothing to send: the server watches the
// connection while the answer goes out. Here the client reads the first
// event, then cancels the body (fetch closes its connection).
// needs: pipes
// perms: --allow-net
// expect: first: data: 1
// expect: cancel called: the client went away
// expect: the server still answers: ok
import { start } from "./_http.js";
let cancelled;
const cancel = new Promise((resolve) => (cancelled = resolve));
const server = start((req) => {
  if (new URL(req.url).pathname === "/ok") return new Response("ok");
  const body = new ReadableStream({
    start(c) {
      c.enqueue(new TextEncoder().encode("data: 1\n\n"));
    },
    cancel(reason) {
      cancelled(reason);
    },
  });
  return new Response(body, { headers: { "content-type": "text/event-stream" } });
});
const res = await fetch(`http://127.0.0.1:${server.addr.port}/events`);
const reader = res.body.getReader();
print("first:", new TextDecoder().decode((await reader.read()).value).trim());
await reader.cancel();
print("cancel called:", (await cancel).message);
print("the server still answers:", await (await fetch(`http://127.0.0.1:${server.addr.port}/ok`)).text());
await server.shutdown();
