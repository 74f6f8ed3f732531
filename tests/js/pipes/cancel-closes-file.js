// Cancelling a file's readable closes the file: after one chunk and a
// cancel, Toy.resources() no longer lists it, and the cancel settles.
// Reading it to its end closes it as well.
// needs: pipes fsx
// perms: --allow-read --allow-write
// expect: first chunk: 65536 bytes, open: fsFile
// expect: cancelled, open: none
// expect: read to the end: 200000 bytes, open: none
import { openResources, readBytes } from "./_bytes.js";

const dir = await Toy.makeTempDir();
await Toy.writeFile(`${dir}/f`, new Uint8Array(200000));
const file = await Toy.open(`${dir}/f`);
const reader = file.readable.getReader();
const { value } = await reader.read();
print(`first chunk: ${value.length} bytes, open: ${openResources()}`);
await reader.cancel();
print(`cancelled, open: ${openResources()}`);
const again = await Toy.open(`${dir}/f`);
const all = await readBytes(again.readable);
print(`read to the end: ${all.length} bytes, open: ${openResources()}`);
await Toy.remove(dir, { recursive: true });
