// for await over a stream reads every chunk and releases the lock at the
// end; a break cancels the stream (the source's cancel sees undefined)
// and unlocks it; values({ preventCancel: true }) leaves it readable
// after a break; a stream error rejects the loop; a locked stream cannot
// be iterated; next() calls made together resolve in order.
// needs: streams
// expect: chunks 1,2,3 locked after false
// expect: break: cancel called true locked false
// expect: preventCancel: cancel called false next read 2
// expect: error: caught bad
// expect: locked stream TypeError
// expect: together 1 2 3 true
// expect: values === [Symbol.asyncIterator] true
const make = (n, extra = {}) => new ReadableStream({
  start(c) { for (let i = 1; i <= n; i++) c.enqueue(i); c.close(); }, ...extra,
});
(async () => {
  const s = make(3);
  const got = [];
  for await (const x of s) got.push(x);
  print("chunks", got.join(","), "locked after", s.locked);

  let cancelled = false;
  const b = make(3, { cancel(r) { cancelled = r === undefined; } });
  for await (const x of b) break;
  print("break: cancel called", cancelled, "locked", b.locked);

  let cancelled2 = false;
  const p = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); }, cancel() { cancelled2 = true; } });
  for await (const x of p.values({ preventCancel: true })) break;
  const next = await p.getReader().read();
  print("preventCancel: cancel called", cancelled2, "next read", next.value);

  const bad = new ReadableStream({ start(c) { c.enqueue(1); c.error(new Error("bad")); } });
  try { for await (const x of bad) {} } catch (e) { print("error: caught", e.message); }

  const locked = make(1);
  locked.getReader();
  try { locked[Symbol.asyncIterator](); } catch (e) { print("locked stream", e.constructor.name); }

  const it = make(3)[Symbol.asyncIterator]();
  const rs = await Promise.all([it.next(), it.next(), it.next(), it.next()]);
  print("together", rs[0].value, rs[1].value, rs[2].value, rs[3].done);
  print("values === [Symbol.asyncIterator]", ReadableStream.prototype.values === ReadableStream.prototype[Symbol.asyncIterator]);
})();
