// A WritableStream hands chunks to the sink one at a time, in order,
// each after the previous write's promise; the writer's desiredSize and
// ready promise follow the queue (backpressure); close() waits for the
// queued writes; a sink whose write rejects errors the stream, and
// later writes reject with that error.
// needs: streams
// expect: desiredSize 2
// expect: sink write a (in flight 1)
// expect: after 3 writes -1
// expect: ready pending true
// expect: sink write b (in flight 1)
// expect: sink write c (in flight 1)
// expect: ready resolved
// expect: sink close
// expect: closed, written a,b,c
// expect: write rejected boom
// expect: later write rejected boom
// expect: closed rejected boom
// expect: desiredSize errored null
const written = [];
let inFlight = 0;
const ws = new WritableStream({
  async write(chunk) {
    inFlight++;
    print(`sink write ${chunk} (in flight ${inFlight})`);
    await null;
    written.push(chunk);
    inFlight--;
  },
  close() { print("sink close"); },
}, { highWaterMark: 2 });
const w = ws.getWriter();
(async () => {
  await w.ready;
  print("desiredSize", w.desiredSize);
  w.write("a"); w.write("b"); w.write("c");
  print("after 3 writes", w.desiredSize);
  let readyDone = false;
  w.ready.then(() => { readyDone = true; });
  await null;
  print("ready pending", !readyDone);
  await w.ready;
  print("ready resolved");
  await w.close();
  print("closed, written", written.join(","));

  const bad = new WritableStream({ write() { throw new Error("boom"); } });
  const bw = bad.getWriter();
  await bw.write(1).catch((e) => print("write rejected", e.message));
  await bw.write(2).catch((e) => print("later write rejected", e.message));
  await bw.closed.catch((e) => print("closed rejected", e.message));
  print("desiredSize errored", bw.desiredSize);
})();
