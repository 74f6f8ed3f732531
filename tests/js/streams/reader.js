// A default reader gets the chunks in the order the source enqueued
// them, then done: true; reads made before any chunk wait and are
// answered in order; a released reader's closed promise rejects with a
// TypeError and the stream is no longer locked.
// needs: streams
// expect: locked true
// expect: read a false
// expect: read b false
// expect: waiting 1 false
// expect: waiting 2 false
// expect: read undefined true
// expect: closed resolved
// expect: released TypeError
// expect: locked after release false
// expect: read after release TypeError
// expect: second reader throws TypeError
let ctl;
const rs = new ReadableStream({ start(c) { ctl = c; c.enqueue("a"); c.enqueue("b"); } });
const reader = rs.getReader();
print("locked", rs.locked);
try { rs.getReader(); } catch (e) { globalThis.second = e.constructor.name; }
(async () => {
  for (const _ of [1, 2]) {
    const { value, done } = await reader.read();
    print("read", value, done);
  }
  // Two reads wait for chunks not yet enqueued: each gets its own.
  const p1 = reader.read(), p2 = reader.read(), p3 = reader.read();
  ctl.enqueue(1);
  ctl.enqueue(2);
  ctl.close();
  for (const [i, p] of [[1, p1], [2, p2]]) {
    const r = await p;
    print("waiting", r.value, r.done);
  }
  const end = await p3;
  print("read", end.value, end.done);
  await reader.closed;
  print("closed resolved");
  const rs2 = new ReadableStream();
  const r2 = rs2.getReader();
  r2.releaseLock();
  await r2.closed.catch((e) => print("released", e.constructor.name));
  print("locked after release", rs2.locked);
  await r2.read().catch((e) => print("read after release", e.constructor.name));
  print("second reader throws", globalThis.second);
})();
