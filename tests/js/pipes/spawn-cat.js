// A spawned cat with stdin piped from a stream and stdout piped back:
// what goes into child.stdin comes out of child.stdout, byte for byte,
// and once both are done and the child has exited, no rid is left.
// needs: pipes
// perms: --allow-run=cat
// expect: stdout: same (1048583 bytes)
// expect: status: true 0 null
// expect: open: none
import { firstDifference, openResources, pattern, readBytes } from "./_bytes.js";

const bytes = pattern(1024 * 1024 + 7, 3);
const child = new Toy.Command("cat", { stdin: "piped", stdout: "piped" }).spawn();
// Fed in pieces of 10,000 bytes, not the 64 KiB of a pipe's buffer.
let at = 0;
const source = new ReadableStream({
  pull(controller) {
    if (at >= bytes.length) return controller.close();
    controller.enqueue(bytes.slice(at, at + 10000));
    at += 10000;
  },
});
const [, got] = await Promise.all([source.pipeTo(child.stdin), readBytes(child.stdout)]);
const diff = firstDifference(bytes, got);
print(`stdout: ${diff < 0 ? "same" : `differs at ${diff}`} (${got.length} bytes)`);
const { success, code, signal } = await child.status;
print(`status: ${success} ${code} ${signal}`);
print(`open: ${openResources()}`);
