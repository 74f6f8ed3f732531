// performance.now() keeps fractions of a millisecond: it is not a whole
// number of milliseconds, as Date.now() is.
// expect: fractional: true
let fractional = false;
for (let i = 0; i < 1000 && !fractional; i++) {
  const t = performance.now();
  if (t !== Math.floor(t)) fractional = true;
}
print("fractional:", fractional);
