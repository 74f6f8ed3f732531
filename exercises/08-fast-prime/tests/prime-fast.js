// op_is_prime has a fast entry. Once V8 optimizes the function calling
// it, each call goes there, and the answers are the slow path's, still
// booleans (true and false, not 1 and 0).
// needs: fastcalls
// flags: --v8-flags=--allow-natives-syntax
// expect: slow 8 fast 0
// expect: same answers: true
// expect: false,true,true,false,false,true,true,false
// expect: slow 8 fast 8
const { op_is_prime } = Toy.core.ops;
const inputs = [1, 2, 97, 100, 4293001441, 65537, 4294967291, 4294967295];
function all() {
  const out = [];
  for (const n of inputs) out.push(op_is_prime(n));
  return out;
}
function counts() {
  const m = Toy.core.metrics().ops.op_is_prime;
  return "slow " + m.slow + " fast " + m.fast;
}
%PrepareFunctionForOptimization(all);
const slow = all();
print(counts());
%OptimizeFunctionOnNextCall(all);
const fast = all();
print("same answers: " + slow.every((x, i) => x === fast[i]));
print(fast.join());
print(counts());
