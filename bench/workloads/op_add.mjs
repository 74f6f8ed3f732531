// op_add.mjs: the cost of calling a cheap sync op, Toy.core.ops.op_add,
// from JavaScript in a tight loop: ns per call. toyjs only: peers have no
// op table to call into, so they report n/a.
//
// The loop lives in a function, so V8 optimises it like any hot function;
// V8 only takes a Fast API call (chapter 08) from optimised code. Batches
// run until at least MIN_MS have passed, so the millisecond clock's error
// stays under 1%. The op's metrics then say which path the calls took:
// "slow" counts calls through the generic callback; every other counter
// the runtime keeps (from chapter 08, "fast") is printed too.
import { now, result, runtime } from "./shim.mjs";

const MIN_MS = 300;
const BATCH = 1_000_000;

function batch(add, n, sum) {
  for (let i = 0; i < n; i++) sum = add(sum, 1) | 0;
  return sum;
}

if (runtime !== "toyjs") {
  result("n/a", "ns/call");
} else {
  const add = Toy.core.ops.op_add;
  let sum = 0;
  for (let i = 0; i < 20; i++) sum = batch(add, 10_000, sum);   // warm up: let V8 optimise
  let calls = 0;
  const t0 = now();
  let t1 = t0;
  while (t1 - t0 < MIN_MS) {
    sum = batch(add, BATCH, sum);
    calls += BATCH;
    t1 = now();
  }
  if (sum !== ((200_000 + calls) | 0)) throw new Error(`op_add summed to ${sum}`);
  const m = Toy.core.metrics().ops.op_add || {};
  const paths = Object.keys(m)
    .filter((k) => !["dispatched", "completed", "failed", "async"].includes(k))
    .map((k) => `${k}=${m[k]}`).join(",");
  result(((t1 - t0) * 1e6 / calls).toFixed(2), "ns/call", paths);
}
