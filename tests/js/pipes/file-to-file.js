// A file's readable piped into another file's writable copies it byte
// for byte, at sizes around the 64 KiB a default read asks for (0, 1,
// one less, exactly, one more) and at several MiB; both files are closed
// once the pipe is done.
// needs: pipes fsx
// perms: --allow-read --allow-write
// expect: 0: same, open: none
// expect: 1: same, open: none
// expect: 65535: same, open: none
// expect: 65536: same, open: none
// expect: 65537: same, open: none
// expect: 3145735: same, open: none
import { firstDifference, openResources, pattern } from "./_bytes.js";

const dir = await Toy.makeTempDir();
try {
  for (const size of [0, 1, 65535, 65536, 65537, 3 * 1024 * 1024 + 7]) {
    const bytes = pattern(size, size + 1);
    await Toy.writeFile(`${dir}/from`, bytes);
    const from = await Toy.open(`${dir}/from`);
    const to = await Toy.open(`${dir}/to`, { write: true, create: true, truncate: true });
    await from.readable.pipeTo(to.writable);
    const copy = await Toy.readFile(`${dir}/to`);
    const at = firstDifference(bytes, copy);
    print(`${size}: ${at < 0 ? "same" : `differs at ${at} (${copy.length} bytes)`}, open: ${openResources()}`);
  }
} finally {
  await Toy.remove(dir, { recursive: true });
}
