// tee() gives two branches that each see every chunk (the same object
// for a default stream), locks the original, reads the source only as
// fast as the faster branch pulls; cancelling one branch leaves the
// other going, and the source is cancelled only when both are, with
// both reasons (the first branch's cancel() settles only then); an error of the source errors both branches.
// needs: streams
// expect: locked true
// expect: branch1 a,b,c
// expect: branch2 a,b,c
// expect: same object true
// expect: one cancelled, other still reads: x source cancelled: false first cancel settled: false
// expect: source cancelled with r1,r2 first cancel settled: true
// expect: both branches errored: boom boom
const obj = {};
(async () => {
  const rs = new ReadableStream({ start(c) { for (const x of ["a", "b", "c"]) c.enqueue(x); c.close(); } });
  const [b1, b2] = rs.tee();
  print("locked", rs.locked);
  const all = async (s) => { const out = []; for (const r = s.getReader(); ;) { const x = await r.read(); if (x.done) return out; out.push(x.value); } };
  const [o1, o2] = await Promise.all([all(b1), all(b2)]);
  print("branch1", o1.join(","));
  print("branch2", o2.join(","));

  const [c1, c2] = new ReadableStream({ start(c) { c.enqueue(obj); } }).tee();
  const [v1, v2] = await Promise.all([c1.getReader().read(), c2.getReader().read()]);
  print("same object", v1.value === obj && v2.value === obj);

  let reason;
  const src = new ReadableStream({ start(c) { c.enqueue("x"); }, cancel(r) { reason = r; } });
  const [d1, d2] = src.tee();
  let firstSettled = false;
  const p1 = d1.cancel("r1").then(() => { firstSettled = true; });
  const r2 = d2.getReader();
  const got = await r2.read();
  print("one cancelled, other still reads:", got.value, "source cancelled:", reason !== undefined,
        "first cancel settled:", firstSettled);
  r2.releaseLock();
  await d2.cancel("r2");
  await p1;
  print("source cancelled with", reason.join(","), "first cancel settled:", firstSettled);

  let ctl;
  const [f1, f2] = new ReadableStream({ start(c) { ctl = c; } }).tee();
  ctl.error(new Error("boom"));
  const m1 = await f1.getReader().read().catch((e) => e.message);
  const m2 = await f2.getReader().read().catch((e) => e.message);
  print("both branches errored:", m1, m2);
})();
