// terminate() also stops a worker blocked in Atomics.wait, and its
// message never comes.
// needs: workers
// perms: --allow-read=${DIR}
// expect: waiting
// expect: terminated
const sab = new SharedArrayBuffer(8);
const cell = new Int32Array(sab);
const w = new Worker(new URL("./fixtures/waiter.js", import.meta.url), { type: "module" });
w.onmessage = (e) => print(e.data);
w.postMessage(sab);
while (Atomics.load(cell, 1) === 0) Atomics.wait(cell, 1, 0);
print("waiting");
w.terminate();
print("terminated");
