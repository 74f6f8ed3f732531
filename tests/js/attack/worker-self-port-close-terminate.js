// The same raw op, then terminate(): the parent's end was the channel's
// last reference, so terminate() freed the channel, and the worker's
// thread then posted its end on freed memory (a use after free).
// needs: workers
// perms: --allow-read=${DIR}/fixtures/workers
// expect: terminated
const sab = new SharedArrayBuffer(8);
const state = new Int32Array(sab);
const w = new Worker(new URL("./fixtures/workers/self-port-close-wait.js", import.meta.url), { type: "module" });
w.postMessage(sab);
Atomics.wait(state, 0, 0);
w.terminate();
print("terminated");
