// A hot loop is enough: a function that calls op_add 2,000,000 times in
// all (200 calls of 10,000) gets optimized by V8 on its own, and the
// optimized code calls op_add's fast entry. The sums wrap at 2^31 exactly
// as JavaScript's (a + b) | 0 does, whichever path served each call.
// needs: fastcalls
// expect: sum -587726848, as | 0 gives: true
// expect: served fast: true
// expect: every call counted: true
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
print("served fast: " + (m.fast > 0));
print("every call counted: " + (m.dispatched === 2000000 && m.slow + m.fast === 2000000));
