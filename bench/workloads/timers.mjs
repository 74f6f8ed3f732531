// timers.mjs: 100 000 setTimeout(f, 0) scheduled at once; ms from the
// first call until the last callback has run. Measures the timer list
// and the loop's cost per expired timer (Node and Bun round 0 up to 1 ms,
// which adds at most about 1 ms here).
import { now, result } from "./shim.mjs";

const N = 100_000;
let fired = 0;
const t0 = now();
const done = () => {
  if (++fired === N) result((now() - t0).toFixed(2), "ms");
};
for (let i = 0; i < N; i++) setTimeout(done, 0);
