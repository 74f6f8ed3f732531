// pipeTo copies every chunk in order and closes the destination; both
// streams are locked during the pipe and unlocked after. An error of the
// source aborts the destination with it (the pipe rejects with it); an
// error of the destination cancels the source; preventClose leaves the
// destination open; a destination already closed cancels the source
// with a TypeError. pipeThrough returns the transform's readable side.
// A chunk enqueued while the pipe waits is written in a later microtask,
// not inside enqueue().
// needs: streams
// expect: locked during pipe true true
// expect: copied 1,2,3,4,5 closed
// expect: unlocked after false false
// expect: forward error: dest aborted with e1, pipe rejected e1
// expect: backward error: source cancelled with e2, pipe rejected e2
// expect: preventClose: dest still writable, desiredSize 1
// expect: dest closed: source cancelled TypeError, pipe rejected TypeError
// expect: pipeThrough A-B-C
// expect: 20000 chunks piped, sum 199990000
// expect: write inside enqueue false after a microtask true
const rsOf = (chunks, extra = {}) => new ReadableStream({
  start(c) { for (const x of chunks) c.enqueue(x); c.close(); }, ...extra,
});
(async () => {
  const out = [];
  let closed = false;
  const src = rsOf([1, 2, 3, 4, 5]);
  const dst = new WritableStream({ write(c) { out.push(c); }, close() { closed = true; } });
  const p = src.pipeTo(dst);
  print("locked during pipe", src.locked, dst.locked);
  await p;
  print("copied", out.join(","), closed ? "closed" : "open");
  print("unlocked after", src.locked, dst.locked);

  const e1 = new Error("e1");
  let aborted;
  await new ReadableStream({ start(c) { c.error(e1); } })
    .pipeTo(new WritableStream({ abort(r) { aborted = r; } }))
    .catch((e) => print(`forward error: dest aborted with ${aborted.message}, pipe rejected ${e.message}`));

  const e2 = new Error("e2");
  let cancelled;
  await new ReadableStream({ pull(c) { c.enqueue("x"); }, cancel(r) { cancelled = r; } })
    .pipeTo(new WritableStream({ write() { throw e2; } }))
    .catch((e) => print(`backward error: source cancelled with ${cancelled.message}, pipe rejected ${e.message}`));

  const kept = new WritableStream();
  await rsOf(["a"]).pipeTo(kept, { preventClose: true });
  const w = kept.getWriter();
  print("preventClose: dest still writable, desiredSize", w.desiredSize);

  const done = new WritableStream();
  await done.close();
  let why;
  await rsOf([1], { cancel(r) { why = r; } }).pipeTo(done)
    .catch((e) => print(`dest closed: source cancelled ${why.constructor.name}, pipe rejected ${e.constructor.name}`));

  const upper = rsOf(["a", "b", "c"]).pipeThrough(new TransformStream({
    transform(chunk, c) { c.enqueue(chunk.toUpperCase()); },
  }));
  const got = [];
  for (const r = upper.getReader(); ;) {
    const { value, done } = await r.read();
    if (done) break;
    got.push(value);
  }
  print("pipeThrough", got.join("-"));

  // Many chunks queued at once: piped without growing the stack.
  const many = Array.from({ length: 20000 }, (_, i) => i);
  let n = 0, sum = 0;
  await rsOf(many).pipeTo(new WritableStream({ write(c) { n++; sum += c; } }, { highWaterMark: Infinity }));
  print(`${n} chunks piped, sum ${sum}`);

  let ctl, written = false;
  const waiting = new ReadableStream({ start(c) { ctl = c; } }, { highWaterMark: 0 });
  waiting.pipeTo(new WritableStream({ write() { written = true; } }));
  await null;
  await null;
  ctl.enqueue("x");
  const during = written;
  await null;
  await null;
  print("write inside enqueue", during, "after a microtask", written);
})();
