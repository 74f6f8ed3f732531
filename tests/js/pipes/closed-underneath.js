// A script that closes a file itself while its readable is open does not
// make the stream use a closed rid, or close the rid again: the next
// read rejects with BadResource, and the stream's own close of the rid
// is a quiet no-op. A file opened after it gets a new rid (rids are never
// reused), which the stream never touches.
// needs: pipes fsx
// perms: --allow-read --allow-write
// expect: BadResource: Bad resource ID
// expect: the later file still reads: 5 bytes
// expect: open: none
import { openResources } from "./_bytes.js";

const dir = await Toy.makeTempDir();
await Toy.writeFile(`${dir}/f`, new TextEncoder().encode("hello"));
const file = await Toy.open(`${dir}/f`);
const reader = file.readable.getReader();
file.close();
const later = await Toy.open(`${dir}/f`);
try {
  await reader.read();
} catch (e) {
  print(`${e.name}: ${e.message}`);
}
await reader.cancel().catch(() => {});
const n = await later.read(new Uint8Array(16));
print(`the later file still reads: ${n} bytes`);
later.close();
print(`open: ${openResources()}`);
await Toy.remove(dir, { recursive: true });
