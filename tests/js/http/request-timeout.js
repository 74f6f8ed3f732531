// Toy.serve closes a connection whose request does not arrive whole
// within requestTimeout ms of when the server starts waiting for it:
// one that sends nothing, one that stops halfway through a head, and one
// that stays idle after an answer. A handler that takes longer than the
// timeout is not cut off: the clock stops while the server answers.
// needs: http timers
// perms: --allow-net
// expect: silent: closed after the timeout
// expect: half a head: closed after the timeout
// expect: slow handler: HTTP/1.1 200 OK / done
// expect: idle after an answer: closed after the timeout
// expect: TypeError: requestTimeout must be a number of milliseconds, 0 for none
import { readResponse } from "./_raw.js";

const TIMEOUT = 300;
const server = Toy.serve({ hostname: "127.0.0.1", port: 0, requestTimeout: TIMEOUT, onListen() {} },
  async () => {
    await new Promise((r) => setTimeout(r, 2 * TIMEOUT));
    return new Response("done");
  });
const { port } = server.addr;
const enc = new TextEncoder();

// Waits for the server to close conn; says whether that came after the
// timeout (and not at once), with room for a loaded machine.
async function closedAfterTimeout(conn, since) {
  const buf = new Uint8Array(1024);
  while ((await conn.read(buf)) !== null);
  const waited = performance.now() - since;
  conn.close();
  return waited >= TIMEOUT * 0.8 ? "closed after the timeout" : `closed too soon (${waited} ms)`;
}

const silent = await Toy.connect({ hostname: "127.0.0.1", port });
console.log("silent:", await closedAfterTimeout(silent, performance.now()));

const half = await Toy.connect({ hostname: "127.0.0.1", port });
await half.write(enc.encode("GET / HTTP/1.1\r\nHost: a\r\n"));
console.log("half a head:", await closedAfterTimeout(half, performance.now()));

const kept = await Toy.connect({ hostname: "127.0.0.1", port });
await kept.write(enc.encode("GET / HTTP/1.1\r\nHost: a\r\n\r\n"));
const res = await readResponse(kept);
console.log("slow handler:", res.split("\r\n")[0], "/", res.slice(res.indexOf("\r\n\r\n") + 4));
console.log("idle after an answer:", await closedAfterTimeout(kept, performance.now()));

try {
  Toy.serve({ port: 0, requestTimeout: -1 }, () => new Response(""));
} catch (e) {
  console.log(`${e.name}: ${e.message}`);
}
await server.shutdown();
