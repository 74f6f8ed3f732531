// A resource's writable takes any ArrayBuffer view or ArrayBuffer, as
// its bytes, never copied; anything else errors the stream with a
// TypeError and closes the rid, as a failed write does.
// needs: pipes fsx
// perms: --allow-read --allow-write
// expect: TypeError: The chunk to write must be an ArrayBuffer or an ArrayBuffer view
// expect: open: none
// expect: file holds: ABCD then 4,3,2,1,6,5,8,7
import { openResources } from "./_bytes.js";

const dir = await Toy.makeTempDir();
const file = await Toy.open(`${dir}/f`, { write: true, create: true });
const writer = file.writable.getWriter();
await writer.write(new TextEncoder().encode("AB"));
await writer.write(new DataView(new TextEncoder().encode("xCDx").buffer, 1, 2));
await writer.write(new Uint32Array([0x01020304]).buffer);
await writer.write(new Uint16Array([0x0506, 0x0708]));
try {
  await writer.write("a string");
} catch (e) {
  print(`${e.name}: ${e.message}`);
}
print(`open: ${openResources()}`);
const bytes = await Toy.readFile(`${dir}/f`);
const text = new TextDecoder().decode(bytes.subarray(0, 4));
print(`file holds: ${text} then ${[...bytes.subarray(4)].join(",")}`);
await Toy.remove(dir, { recursive: true });
