// A TransformStream passes what is written through transform() to its
// readable side, flush() adds at the end, terminate() closes the
// readable side and errors the writable one; a transform() that throws
// errors both sides; cancelling the readable side calls the
// transformer's cancel() with the reason.
// needs: streams
// expect: A,BB,CCC,end
// expect: terminated: done true, write rejected TypeError
// expect: transform threw: read rejected bad, write rejected bad
// expect: cancel hook why
// expect: writable errored with why
const ts = new TransformStream({
  transform(chunk, c) { c.enqueue(chunk.toUpperCase()); },
  flush(c) { c.enqueue("end"); },
});
const collect = async (readable) => {
  const out = [];
  for (const r = readable.getReader(); ;) {
    const { value, done } = await r.read();
    if (done) return out;
    out.push(value);
  }
};
(async () => {
  const w = ts.writable.getWriter();
  const all = collect(ts.readable);
  for (const s of ["a", "bb", "ccc"]) w.write(s);
  w.close();
  print((await all).join(","));

  const t2 = new TransformStream({ start(c) { c.terminate(); } });
  const r2 = await t2.readable.getReader().read();
  const e2 = await t2.writable.getWriter().write("x").catch((e) => e);
  print(`terminated: done ${r2.done}, write rejected ${e2.constructor.name}`);

  const t3 = new TransformStream({ transform() { throw new Error("bad"); } });
  // The read comes first: with the readable side's high water mark of 0,
  // a write waits for a read before transform() sees its chunk.
  const read3 = t3.readable.getReader().read().catch((e) => e.message);
  const e3w = await t3.writable.getWriter().write("x").catch((e) => e.message);
  const e3r = await read3;
  print(`transform threw: read rejected ${e3r}, write rejected ${e3w}`);

  const t4 = new TransformStream({ cancel(reason) { print("cancel hook", reason); } });
  await t4.readable.cancel("why");
  await t4.writable.getWriter().closed.catch((e) => print("writable errored with", e));
})();
