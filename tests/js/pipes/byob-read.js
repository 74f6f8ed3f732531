// A file's readable is a byte stream: a BYOB reader's buffer is the one
// the read op fills (no copy), a default reader gets chunks of 64 KiB,
// and each read goes on from where the last, of either kind, stopped.
// needs: pipes fsx
// perms: --allow-read --allow-write
// expect: byob: 10 bytes 0,1,2,3,4,5,6,7,8,9 from a buffer of 10
// expect: default: 65536 bytes
// expect: byob again: 100000 bytes, starting at 65546: true
// expect: end: true
const dir = await Toy.makeTempDir();
const bytes = new Uint8Array(300000).map((_, i) => i & 255);
await Toy.writeFile(`${dir}/f`, bytes);
const file = await Toy.open(`${dir}/f`);
let reader = file.readable.getReader({ mode: "byob" });
let { value } = await reader.read(new Uint8Array(10));
print(`byob: ${value.length} bytes ${[...value].join(",")} from a buffer of ${value.buffer.byteLength}`);
reader.releaseLock();
reader = file.readable.getReader();
({ value } = await reader.read());
print(`default: ${value.length} bytes`);
reader.releaseLock();
reader = file.readable.getReader({ mode: "byob" });
({ value } = await reader.read(new Uint8Array(100000)));
print(`byob again: ${value.length} bytes, starting at 65546: ${value[0] === (65546 & 255)}`);
let done;
let buffer = new Uint8Array(300000);
do {
  ({ done, value } = await reader.read(buffer));
  buffer = new Uint8Array(value.buffer);   // the read took the old one over
} while (!done);
print(`end: ${done}`);
await Toy.remove(dir, { recursive: true });
