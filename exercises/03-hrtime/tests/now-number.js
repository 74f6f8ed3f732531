// performance.now() is a number: the milliseconds since the runtime
// started, so a script sees a small, non-negative value.
// expect: number true true
const t = performance.now();
print(typeof t, Number.isFinite(t) && t >= 0, t < 60000);
