// postmessage.mjs: a message to a worker and its answer back, 100 000
// times in sequence: µs per round trip. The worker
// (postmessage_worker.mjs) sends every message straight back; the next
// goes out when the answer is in. What is measured is the message path of
// each runtime: cloning a small value, queueing it for the other thread,
// waking that thread's loop, and the same back. The worker's start-up and
// 1 000 warm-up trips are not counted.
import { next, now, result, startWorker } from "./shim.mjs";

const N = 100_000;
const w = await startWorker(new URL("./postmessage_worker.mjs", import.meta.url));
await next(w);                             // "ready": its handler is set

// n round trips, each message { seq } answered with the same.
function trips(n) {
  return new Promise((done, fail) => {
    let seq = 0;
    w.onMessage((m) => {
      if (m.seq !== seq) fail(new Error(`answer ${m.seq}, expected ${seq}`));
      else if (++seq === n) done();
      else w.post({ seq });
    });
    w.post({ seq });
  });
}

await trips(1000);
const t0 = now();
await trips(N);
const t1 = now();
w.terminate();
result(((t1 - t0) * 1000 / N).toFixed(2), "us/trip");
