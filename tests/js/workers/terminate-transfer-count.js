// The program, as one script: a busy worker terminated, a buffer
// transferred (detached here, whole there), and two workers counting on
// one SharedArrayBuffer with Atomics. Deno 2.9 prints the same lines.
// needs: workers
// perms: --allow-read=${DIR}/fixtures
// expect: busy worker terminated
// expect: sent; byteLength here now 0
// expect: worker saw { byteLength: 4, bytes: [ 1, 2, 3, 4 ] }
// expect: count 200000
const url = (f) => new URL(f, import.meta.url).href;

// 1. A worker in an endless loop, terminated.
const busy = new Worker(url("./fixtures/demo-busy.js"), { type: "module" });
await new Promise((resolve) => { busy.onmessage = resolve; });
busy.terminate();
console.log("busy worker terminated");

// 2. A buffer transferred: detached here, whole there.
const echo = new Worker(url("./fixtures/demo-echo.js"), { type: "module" });
const buf = new Uint8Array([1, 2, 3, 4]).buffer;
echo.postMessage(buf, [buf]);
console.log("sent; byteLength here now", buf.byteLength);
const back = await new Promise((resolve) => { echo.onmessage = (e) => resolve(e.data); });
console.log("worker saw", back);
echo.terminate();

// 3. Two workers add to one shared counter with Atomics.
const sab = new SharedArrayBuffer(4);
const counter = new Int32Array(sab);
const done = [];
for (let i = 0; i < 2; i++) {
  const w = new Worker(url("./fixtures/demo-count.js"), { type: "module" });
  done.push(new Promise((resolve) => { w.onmessage = () => { w.terminate(); resolve(); }; }));
  w.postMessage({ sab, times: 100000 });
}
await Promise.all(done);
console.log("count", Atomics.load(counter, 0));
