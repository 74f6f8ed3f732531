// Toy.primes holds the primes below 2^20: its limit and count, and
// isPrime agrees with trial division on every n below 20000 and on a few
// large ones.
// needs: snapshots
// expect: limit 1048576 count 82025
// expect: small numbers agree with trial division: true
// expect: 0 false, 1 false, 2 true, 97 true, 1048573 true, 1048575 false
const P = Toy.primes;
print("limit", P.limit, "count", P.count);
function trial(n) {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return true;
}
let agree = true;
for (let n = 0; n < 20000; n++) if (P.isPrime(n) !== trial(n)) agree = false;
print("small numbers agree with trial division:", agree);
print([0, 1, 2, 97, 1048573, 1048575].map((n) => `${n} ${P.isPrime(n)}`).join(", "));
