// The environment is the process's, shared by every thread: a worker
// that sets and deletes variables while the main thread reads them must
// not pull the C library's environ array from under the reader (glibc's
// setenv reallocates it: the reader crashed, a use after free).
// needs: workers
// perms: --allow-read=${DIR}/fixtures/workers --allow-env
// expect: survived
const state = new Int32Array(new SharedArrayBuffer(4));
const w = new Worker(new URL("./fixtures/workers/setenv-loop.js", import.meta.url), { type: "module" });
w.postMessage(state.buffer);
let seen = 0;
while (Atomics.load(state, 0) === 0) {
  seen += Object.keys(Toy.env.toObject()).length;
  Toy.env.get("PATH");
}
print(seen >= 0 ? "survived" : "?");
