// op_hypot has a fast entry: once V8 optimizes the function that calls
// it, every call goes to the fast entry, and it gives exactly the slow
// path's answers, bit for bit, NaN and Infinity included.
// needs: fastcalls
// flags: --v8-flags=--allow-natives-syntax
// expect: slow 9 fast 0
// expect: same answers: true
// expect: slow 9 fast 9
const { op_hypot } = Toy.core.ops;
const inputs = [[3, 4], [-5, 12], [1.5, -2], [0, 0], [-0, -0], [1e300, 1e300],
  [0.1, 0.2], [Infinity, NaN], [NaN, 1]];
function all() {
  const out = [];
  for (const [a, b] of inputs) out.push(op_hypot(a, b));
  return out;
}
function counts() {
  const m = Toy.core.metrics().ops.op_hypot;
  return "slow " + m.slow + " fast " + m.fast;
}
%PrepareFunctionForOptimization(all);
const slow = all();
print(counts());
%OptimizeFunctionOnNextCall(all);
const fast = all();
print("same answers: " + slow.every((x, i) => Object.is(x, fast[i])));
print(counts());
