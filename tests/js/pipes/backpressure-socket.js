// Backpressure reaches the producer through a socket: a client pipes an
// endless stream of 64 KiB chunks into a connection whose peer never
// reads. Once the kernel's buffers are full the write op does not
// settle, the writable's queue fills, and the source is pulled no more:
// the pulls stay bounded (by what the socket buffers hold, a few MiB on
// loopback) however long the program waits. A pipe without backpressure
// would pull without end. Aborting the pipe waits for the write in
// progress (the standard's order), which fails once the peer closes;
// then both ends are closed.
// needs: pipes
// perms: --allow-net=127.0.0.1
// expect: pulls stopped: true
// expect: open: none
import { openResources } from "./_bytes.js";

const listener = Toy.listen({ hostname: "127.0.0.1", port: 0 });
const accepted = listener.accept();
const conn = await Toy.connect({ hostname: "127.0.0.1", port: listener.addr.port });
const peer = await accepted;
listener.close();
let pulls = 0;
const chunk = new Uint8Array(64 * 1024);
const endless = new ReadableStream({
  pull(controller) {
    pulls++;
    controller.enqueue(chunk.slice());
  },
}, { highWaterMark: 1 });
const controller = new AbortController();
const piped = endless.pipeTo(conn.writable, { signal: controller.signal }).catch((e) => e);
// Wait until the pulls stop growing across many turns of the loop.
let last = -1, still = 0;
for (let i = 0; i < 2000 && still < 50 && pulls < 1024; i++) {
  await new Promise((resolve) => setTimeout(resolve, 1));
  still = pulls === last ? still + 1 : 0;
  last = pulls;
}
// 64 MiB: far more than any loopback socket buffers, far less than an
// unthrottled pipe pulls in the time this took.
print(`pulls stopped: ${still >= 50 && pulls < 1024 ? true : `${pulls} pulls, still ${still}`}`);
controller.abort("done");
peer.close();
await piped;
print(`open: ${openResources()}`);
