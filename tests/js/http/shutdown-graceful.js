// shutdown() is graceful, as Deno's is: no new connection is accepted, a
// connection waiting for a request is closed at once, and a request being
// answered is answered (with connection: close) before its connection
// closes. shutdown() once closed every connection at once, so the client
// in the middle of a request got no answer, and finished never resolved.
// needs: http timers
// perms: --allow-net
// expect: idle client: closed
// expect: busy client: HTTP/1.1 200 OK / connection: close / slow answer
// expect: finished
// expect: new client: ConnectionRefused
import { readResponse } from "./_raw.js";
let called;
const calledOnce = new Promise((r) => (called = r));
const server = Toy.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, async () => {
  called();
  await new Promise((r) => setTimeout(r, 200));
  return new Response("slow answer");
});
const { port } = server.addr;
const enc = new TextEncoder();
const idle = await Toy.connect({ hostname: "127.0.0.1", port });
const busy = await Toy.connect({ hostname: "127.0.0.1", port });
await busy.write(enc.encode("GET / HTTP/1.1\r\nHost: a\r\n\r\n"));
await calledOnce;
const done = server.shutdown();
console.log("idle client:", (await idle.read(new Uint8Array(16))) === null ? "closed" : "open");
const res = await readResponse(busy);
const lines = res.split("\r\n");
console.log("busy client:", lines[0], "/", lines.find((l) => l.startsWith("connection")), "/", lines.at(-1));
await done;
console.log("finished");
try {
  (await Toy.connect({ hostname: "127.0.0.1", port })).close();
  console.log("new client: accepted");
} catch (e) {
  console.log("new client:", e.name);
}
idle.close();
busy.close();
