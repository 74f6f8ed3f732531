// A terminated worker's thread is joined once it has finished, not only
// when the program ends: a program that starts and terminates workers
// one after another kept every finished thread's stack mapped (+8 MB of
// address space each, without end). A batch of 20 must not grow the
// process by anything like 20 stacks (160 MB).
// needs: workers
// perms: --allow-read=${DIR}/fixtures/workers,/proc/self/status
// expect: bounded
const url = new URL("./fixtures/workers/ready.js", import.meta.url);
function vmSize() {
  return Number(Toy.readTextFileSync("/proc/self/status").match(/VmSize:\s+(\d+) kB/)[1]) * 1024;
}
async function batch(n) {
  for (let i = 0; i < n; i++) {
    await new Promise((resolve) => {
      const w = new Worker(url, { type: "module" });
      w.onmessage = () => {
        w.terminate();
        resolve();
      };
    });
  }
}
await batch(40);  // the C library's per-thread arenas, made once
// Two measured batches, and the smaller growth counts: an allocator
// (AddressSanitizer's, under make sanitize) may map a region of its own
// once, in either; threads never joined would grow both by 160 MB.
let grown = Infinity;
for (let i = 0; i < 2; i++) {
  const before = vmSize();
  await batch(20);
  grown = Math.min(grown, vmSize() - before);
}
print(grown < 100 * 1024 * 1024 ? "bounded" : `grew by ${Math.round(grown / 1048576)} MB`);
