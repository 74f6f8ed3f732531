// Aborting a file's writable closes the file at once (the writes before
// it are in the file); a write after the abort rejects with the abort's
// reason, and the rid is not closed a second time.
// needs: pipes fsx
// perms: --allow-read --allow-write
// expect: open before abort: fsFile
// expect: open after abort: none
// expect: write after abort: stop
// expect: file holds: abc
import { openResources } from "./_bytes.js";

const dir = await Toy.makeTempDir();
const file = await Toy.open(`${dir}/f`, { write: true, create: true });
const writer = file.writable.getWriter();
await writer.write(new TextEncoder().encode("abc"));
print(`open before abort: ${openResources()}`);
await writer.abort("stop");
print(`open after abort: ${openResources()}`);
try {
  await writer.write(new Uint8Array(1));
} catch (e) {
  print(`write after abort: ${e}`);
}
print(`file holds: ${await Toy.readTextFile(`${dir}/f`)}`);
await Toy.remove(dir, { recursive: true });
