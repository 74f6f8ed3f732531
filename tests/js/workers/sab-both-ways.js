// A SharedArrayBuffer is shared, not copied: the worker sees what the
// main thread wrote, and the main thread sees what the worker wrote.
// needs: workers
// perms: --allow-read=${DIR}
// expect: worker sees 5
// expect: main sees 42
const sab = new SharedArrayBuffer(8);
const shared = new Int32Array(sab);
shared[0] = 5;
const w = new Worker(new URL("./fixtures/sab.js", import.meta.url), { type: "module" });
w.onmessage = (e) => {
  print(e.data);
  print("main sees " + Atomics.load(shared, 1));
};
w.postMessage(sab);
