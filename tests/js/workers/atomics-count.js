// Two workers count on one SharedArrayBuffer with Atomics.add: the total
// is exact. The main thread waits for both with Atomics.wait, woken by
// each worker's Atomics.notify.
// needs: workers
// perms: --allow-read=${DIR}
// expect: 200000
// expect: both done
const sab = new SharedArrayBuffer(8);
const counter = new Int32Array(sab);
const url = new URL("./fixtures/count.js", import.meta.url);
const a = new Worker(url, { type: "module" });
const b = new Worker(url, { type: "module" });
a.postMessage({ sab, times: 100000 });
b.postMessage({ sab, times: 100000 });
for (;;) {
  const done = Atomics.load(counter, 1);
  if (done === 2) break;
  Atomics.wait(counter, 1, done);
}
print(Atomics.load(counter, 0));
let messages = 0;
a.onmessage = b.onmessage = () => {
  if (++messages === 2) print("both done");
};
