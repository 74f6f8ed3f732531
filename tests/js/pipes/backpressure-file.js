// Backpressure reaches the file: piping a 4 MiB file into a writable
// whose sink never finishes its first write reads only what the
// writable's queue (one chunk) and that write hold, not the whole file.
// The reads are counted with the op's own metrics, never timed: however
// long it waits, a correct pipe stays at a handful. Aborting the pipe
// then cancels the readable, which closes the file (the abort of the
// writable waits, as the standard says, for the write in progress, which
// is let go then).
// needs: pipes fsx
// perms: --allow-read --allow-write
// expect: sink got 1 chunk, reads bounded: true
// expect: aborted: stop, open: none
import { openResources } from "./_bytes.js";

const dir = await Toy.makeTempDir();
await Toy.writeFile(`${dir}/f`, new Uint8Array(4 * 1024 * 1024));
const reads = () => Toy.core.metrics().ops.op_fs_read?.dispatched ?? 0;
const before = reads();
const file = await Toy.open(`${dir}/f`);
let chunks = 0;
let release;
const stuck = new WritableStream({
  write() {
    chunks++;
    return new Promise((resolve) => (release = resolve));   // done only when let go
  },
});
const controller = new AbortController();
const piped = file.readable.pipeTo(stuck, { signal: controller.signal }).catch((e) => e);
// Many turns of the loop, each letting any read the pipe asked for finish.
for (let i = 0; i < 50; i++) await new Promise((resolve) => setTimeout(resolve, 1));
const n = reads() - before;
print(`sink got ${chunks} chunk, reads bounded: ${n >= 1 && n <= 4 ? true : n}`);
controller.abort("stop");
release();
print(`aborted: ${await piped}, open: ${openResources()}`);
await Toy.remove(dir, { recursive: true });
