// The default controller's queue: desiredSize is the high water mark
// minus the sizes of the queued chunks; pull() is called once start() is
// done, again while desiredSize > 0, never twice at once; close() lets
// queued chunks be read first; enqueue after close is a TypeError.
// needs: streams
// expect: start desiredSize 4
// expect: after enqueue 1
// expect: pull 1
// expect: overlapping pulls 0
// expect: pull 2
// expect: pull 3
// expect: enqueue after close TypeError
// expect: chunks x,yy,1,2,3
// expect: desiredSize closed 0
// expect: errored desiredSize null
let calls = 0, running = 0, overlap = 0, n = 0, ctl;
const rs = new ReadableStream({
  start(c) {
    ctl = c;
    print("start desiredSize", c.desiredSize);
    c.enqueue("x");
    c.enqueue("yy");
    print("after enqueue", c.desiredSize);
  },
  pull(c) {
    calls++;
    if (running) overlap++;
    running++;
    print("pull", calls);
    return Promise.resolve().then(() => {
      running--;
      c.enqueue(++n);
      if (n === 3) {
        c.close();
        try { c.enqueue(4); } catch (e) { print("enqueue after close", e.constructor.name); }
      }
    });
  },
}, { highWaterMark: 4, size: (chunk) => (typeof chunk === "string" ? chunk.length : 1) });
(async () => {
  await new Promise((r) => setTimeout(r, 0));
  print("overlapping pulls", overlap);
  const reader = rs.getReader();
  const got = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    got.push(value);
  }
  print("chunks", got.join(","));
  if (overlap !== 0) print("overlapping pulls", overlap);
  print("desiredSize closed", ctl.desiredSize);
  const rs2 = new ReadableStream({ start(c) { c.error(new Error("boom")); ctl = c; } });
  print("errored desiredSize", ctl.desiredSize);
})();
