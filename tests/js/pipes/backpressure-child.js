// Backpressure reaches the producer through a child: cat copies its stdin
// to a piped stdout that nobody reads, so once the two pipes' buffers
// are full cat stops reading, the write op on its stdin does not settle,
// and the endless source is pulled no more. The pulls stay bounded (by
// what two pipe buffers hold, well under 4 MiB) however long the program
// waits; a pipe without backpressure would pull without end. Killing the
// child then fails the write in progress, which lets the aborted pipe
// end, and every rid goes.
// needs: pipes
// perms: --allow-run=cat
// expect: pulls stopped: true
// expect: status: SIGKILL
// expect: open: none
import { openResources } from "./_bytes.js";

const child = new Toy.Command("cat", { stdin: "piped", stdout: "piped" }).spawn();
let pulls = 0;
const chunk = new Uint8Array(16 * 1024);
const endless = new ReadableStream({
  pull(controller) {
    pulls++;
    controller.enqueue(chunk.slice());
  },
}, { highWaterMark: 1 });
const controller = new AbortController();
const piped = endless.pipeTo(child.stdin, { signal: controller.signal }).catch((e) => e);
let last = -1, still = 0;
for (let i = 0; i < 2000 && still < 50 && pulls < 256; i++) {
  await new Promise((resolve) => setTimeout(resolve, 1));
  still = pulls === last ? still + 1 : 0;
  last = pulls;
}
print(`pulls stopped: ${still >= 50 && pulls < 256 ? true : `${pulls} pulls, still ${still}`}`);
controller.abort("done");
child.kill("SIGKILL");
await piped;
await child.stdout.cancel();
print(`status: ${(await child.status).signal}`);
print(`open: ${openResources()}`);
