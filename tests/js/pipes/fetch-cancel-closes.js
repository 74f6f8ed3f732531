// The connection of a fetch's response belongs to its body's stream:
// cancelling the body closes it, and so does aborting the fetch's signal
// after the response has come (the body's next read rejects with the
// signal's reason). Toy.resources() shows the connection gone each time.
// The server's stream never ends; its cancel is called each time.
// needs: pipes
// perms: --allow-net
// expect: while reading: 1 more connection
// expect: after cancel: 0 more, server stream cancelled: 1
// expect: after abort: AbortError 0 more, server stream cancelled: 2
import { start } from "./_http.js";
let cancels = 0;
let cancelled;
let next = new Promise((resolve) => (cancelled = resolve));
const server = start(() => new Response(new ReadableStream({
  pull(c) {
    c.enqueue(new Uint8Array(1024));
  },
  cancel() {
    cancels++;
    cancelled();
    next = new Promise((resolve) => (cancelled = resolve));
  },
}, { highWaterMark: 0 })));
// Connections the client side holds: tcpStreams beyond the server's.
const count = () => Object.values(Toy.resources()).filter((name) => name === "tcpStream").length;
const url = `http://127.0.0.1:${server.addr.port}/`;
// The server closes its end once the cancel has run (in the microtasks
// after it): a turn of the event loop later, both ends are gone.
const turn = () => new Promise((resolve) => setTimeout(resolve, 0));

let waiting = next;
const res = await fetch(url);
const reader = res.body.getReader();
await reader.read();
// Both ends of the connection are in this process: 2 resources.
print(`while reading: ${count() / 2} more connection`);
await reader.cancel();
await waiting;
await turn();
print(`after cancel: ${count()} more, server stream cancelled: ${cancels}`);

waiting = next;
const controller = new AbortController();
const res2 = await fetch(url, { signal: controller.signal });
const reader2 = res2.body.getReader();
await reader2.read();
controller.abort();
let error;
try {
  for (;;) if ((await reader2.read()).done) break;
} catch (e) {
  error = e.name;
}
await waiting;
await turn();
print(`after abort: ${error} ${count()} more, server stream cancelled: ${cancels}`);
await server.shutdown();
