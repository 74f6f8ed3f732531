// performance.now() counts milliseconds: while Date.now() moves on by
// 50 ms, performance.now() moves on by about as much.
// expect: ok
const p0 = performance.now();
const d0 = Date.now();
while (Date.now() - d0 < 50) {}
const elapsed = performance.now() - p0;
print(elapsed >= 40 && elapsed < 1050 ? "ok" : "50 ms by Date.now(), but " + elapsed + " by performance.now()");
