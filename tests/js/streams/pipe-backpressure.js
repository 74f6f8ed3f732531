// pipeTo reads no more than the destination wants: with a sink that
// takes each write only when the test lets it, and a high water mark of
// 2, the source is pulled for a chunk only when the writer's queue has
// room. The chunk being written counts in that queue until its write is
// done, so pulls stay at most 2 ahead of completed writes (without
// backpressure all 10 would be pulled at once).
// needs: streams
// expect: max ahead 2
// expect: all 10 written in order true
let pulled = 0, written = [], release = [];
const rs = new ReadableStream({
  pull(c) {
    if (pulled === 10) return c.close();
    c.enqueue(pulled++);
  },
}, { highWaterMark: 0 });
let maxAhead = 0;
const ws = new WritableStream({
  write(chunk) {
    return new Promise((resolve) => release.push(() => { written.push(chunk); resolve(); }));
  },
}, { highWaterMark: 2 });
const p = rs.pipeTo(ws);
(async () => {
  while (written.length < 10) {
    await new Promise((r) => setTimeout(r, 0));
    maxAhead = Math.max(maxAhead, pulled - written.length);
    const next = release.shift();
    if (next) next();
  }
  await p;
  print("max ahead", maxAhead);
  print("all 10 written in order", written.join() === "0,1,2,3,4,5,6,7,8,9");
})();
