// Atomics.waitAsync on the main thread, woken by a worker's
// Atomics.notify: V8 resolves the wait in a task it posts, from the
// worker's thread, to the main isolate's queue, and that post must wake
// the main thread's loop. Before, the promise never settled.
// needs: workers
// perms: --allow-read=${DIR}
// expect: waiting
// expect: notified 1
// expect: ok 7
const i32 = new Int32Array(new SharedArrayBuffer(8));
const w = new Worker(new URL("./fixtures/notify.js", import.meta.url), { type: "module" });
const wait = Atomics.waitAsync(i32, 1, 0);
print("waiting");
w.postMessage(i32.buffer);
wait.value.then((result) => {
  print(result, Atomics.load(i32, 1));
  w.terminate();
});
