// nth(i) is the i-th prime, counting from 0, for i below count: in
// increasing order, every one a prime; anything else gives undefined.
// needs: snapshots
// expect: 2 3 5 7919 1048573
// expect: increasing and prime: true
// expect: undefined undefined undefined undefined
const P = Toy.primes;
print(P.nth(0), P.nth(1), P.nth(2), P.nth(999), P.nth(P.count - 1));
let ok = true;
for (let i = 0; i < P.count; i++) {
  const p = P.nth(i);
  if (!P.isPrime(p) || (i > 0 && p <= P.nth(i - 1))) ok = false;
}
print("increasing and prime:", ok);
print(P.nth(P.count), P.nth(-1), P.nth(1.5), P.nth("3"));
