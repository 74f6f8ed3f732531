// microtasks.mjs: 1 000 000 queueMicrotask callbacks queued at once; ms
// from the first call until the last has run.
import { now, result } from "./shim.mjs";

const N = 1_000_000;
let ran = 0;
const t0 = now();
const done = () => {
  if (++ran === N) result((now() - t0).toFixed(2), "ms");
};
for (let i = 0; i < N; i++) queueMicrotask(done);
