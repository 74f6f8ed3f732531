// async_op.mjs: one round trip through the event loop, awaited in
// sequence: ns per round trip.
//
// toyjs: an async op whose work is nothing, so what is measured is the op
// machinery (promise id, completion from the loop, settling, the microtask
// checkpoint). If the runtime has an async op that completes without any
// wait it is used; otherwise op_sleep(0), a libuv timer of 0 ms, which
// completes on the next turn of the loop.
// Peers have no raw ops; the nearest equivalent is one loop turn awaited
// through a promise: setImmediate (Deno gets it from node:timers). The
// note printed with the result says which was used.
import { now, result, runtime } from "./shim.mjs";

const N = 100_000;

let step, note;
if (runtime === "toyjs") {
  const ops = Toy.core.ops;
  const noWait = ["op_void_async", "op_async_void", "op_noop_async", "op_async_noop",
                  "op_nop_async", "op_async_nop", "op_yield"].find((n) => typeof ops[n] === "function");
  if (noWait) {
    const op = ops[noWait];
    step = () => op();
    note = noWait;
  } else {
    const sleep = ops.op_sleep;
    step = () => sleep(0);
    note = "op_sleep(0)";
  }
} else {
  const setImm = typeof setImmediate === "function"
    ? setImmediate : (await import("node:timers")).setImmediate;
  step = () => new Promise((resolve) => setImm(resolve));
  note = "setImmediate(nearest-equivalent)";
}

for (let i = 0; i < 1000; i++) await step();   // warm up
const t0 = now();
for (let i = 0; i < N; i++) await step();
const t1 = now();
result(((t1 - t0) * 1e6 / N).toFixed(1), "ns/trip", note);
