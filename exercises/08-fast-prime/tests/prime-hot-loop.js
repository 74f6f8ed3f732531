// No natives syntax here: counting the primes below 100,000 twenty times
// (2,000,000 calls) makes V8 optimize the loop on its own, and the fast
// entry then serves most calls. Every call is counted in the metrics.
// needs: fastcalls
// expect: 9592 primes below 100000
// expect: served fast: true
// expect: every call counted: true
const { op_is_prime } = Toy.core.ops;
function count(limit) {
  let n = 0;
  for (let i = 0; i < limit; i++) if (op_is_prime(i)) n++;
  return n;
}
let found = 0;
for (let k = 0; k < 20; k++) found = count(100000);
const m = Toy.core.metrics().ops.op_is_prime;
print(found + " primes below 100000");
print("served fast: " + (m.fast > 0));
print("every call counted: " + (m.dispatched === 2000000 && m.completed === 2000000 &&
  m.slow + m.fast === 2000000));
