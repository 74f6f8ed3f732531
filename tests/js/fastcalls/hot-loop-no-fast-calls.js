// --no-fast-calls turns the fast path off: the same hot loop as
// hot-loop-fast.js gives the same sums, and every call goes through the
// slow path, so a reader can measure one against the other.
// needs: fastcalls
// flags: --no-fast-calls
// expect: sum -587726848, as | 0 gives: true
// expect: fast 0, slow 2000000
const { op_add } = Toy.core.ops;
function sum(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s = op_add(s, i * 65536);
  return s;
}
let got = 0;
for (let k = 0; k < 200; k++) got = sum(10000);
let want = 0;
for (let i = 0; i < 10000; i++) want = (want + i * 65536) | 0;
const m = Toy.core.metrics().ops.op_add;
print("sum " + got + ", as | 0 gives: " + (got === want));
print("fast " + m.fast + ", slow " + m.slow);
