// Byte streams given buffers they cannot take get TypeErrors, never a
// crash: a view over a detached buffer (to enqueue, to a BYOB read, to
// respondWithNewView), a WebAssembly memory's buffer (which cannot be
// detached), a SharedArrayBuffer, something that is not a view; and a
// byobRequest whose view the source detached cannot be answered.
// needs: streams
// expect: enqueue detached TypeError
// expect: byob read detached TypeError
// expect: enqueue wasm memory TypeError, stream still readable true
// expect: byob read into wasm memory: rejected TypeError
// expect: enqueue shared TypeError
// expect: enqueue not a view TypeError
// expect: respond after detaching the view TypeError
// expect: respondWithNewView detached TypeError
// expect: respond too many bytes RangeError
// expect: core.transferArrayBuffer(42) TypeError
const detached = () => {
  const u = new Uint8Array(4);
  let c;
  new ReadableStream({ type: "bytes", start(x) { c = x; } });
  c.enqueue(u);   // takes (detaches) u's buffer
  return u;
};
let ctl;
const rs = new ReadableStream({ type: "bytes", start(c) { ctl = c; } });
try { ctl.enqueue(detached()); } catch (e) { print("enqueue detached", e.constructor.name); }
(async () => {
  const reader = new ReadableStream({ type: "bytes" }).getReader({ mode: "byob" });
  await reader.read(detached()).catch((e) => print("byob read detached", e.constructor.name));
  const mem = new WebAssembly.Memory({ initial: 1 });
  try { ctl.enqueue(new Uint8Array(mem.buffer, 0, 8)); } catch (e) {
    print(`enqueue wasm memory ${e.constructor.name}, stream still readable ${ctl.desiredSize !== null}`);
  }
  const r2 = new ReadableStream({ type: "bytes" }).getReader({ mode: "byob" });
  await r2.read(new Uint8Array(mem.buffer, 0, 8)).catch((e) => print("byob read into wasm memory: rejected", e.constructor.name));
  try { ctl.enqueue(new Uint8Array(new SharedArrayBuffer(8))); } catch (e) { print("enqueue shared", e.constructor.name); }
  try { ctl.enqueue({ byteLength: 3, buffer: new ArrayBuffer(3) }); } catch (e) { print("enqueue not a view", e.constructor.name); }

  let results = [];
  const src = new ReadableStream({
    type: "bytes",
    pull(c) {
      const req = c.byobRequest;
      // The source hands the request's own view to enqueue, which takes
      // (detaches) its buffer: the request can no longer be answered.
      const view = req.view;
      c.enqueue(new Uint8Array([1]));
      try { req.respond(1); } catch (e) { results.push(`respond after detaching the view ${e.constructor.name}`); }
    },
  });
  const sr = src.getReader({ mode: "byob" });
  await sr.read(new Uint8Array(4));
  const src2 = new ReadableStream({
    type: "bytes",
    pull(c) {
      const req = c.byobRequest;
      try { req.respondWithNewView(detached()); } catch (e) { results.push(`respondWithNewView detached ${e.constructor.name}`); }
      try { req.respond(100); } catch (e) { results.push(`respond too many bytes ${e.constructor.name}`); }
      req.respond(1);
    },
  });
  await src2.getReader({ mode: "byob" }).read(new Uint8Array(4));
  for (const r of results) print(r);
  try { Toy.core.transferArrayBuffer(42); } catch (e) { print("core.transferArrayBuffer(42)", e.constructor.name); }
})();
