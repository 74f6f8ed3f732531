// Math.random is not frozen into the snapshot: it is seeded afresh at each
// start, so two calls give two numbers, each in [0, 1).
// needs: snapshots
// expect: differ: true
// expect: in range: true
const a = Math.random(), b = Math.random();
print("differ:", a !== b);
let ok = true;
for (let i = 0; i < 1000; i++) {
  const r = Math.random();
  if (!(r >= 0 && r < 1)) ok = false;
}
print("in range:", ok);
