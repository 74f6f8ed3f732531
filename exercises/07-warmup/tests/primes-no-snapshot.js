// Booted from source (--no-snapshot), the runtime's JS builds the same
// table at start-up: the same answers as from the snapshot.
// needs: snapshots
// flags: --no-snapshot
// expect: limit 1048576 count 82025
// expect: 2 3 5 7919 1048573
// expect: 0 false, 1 false, 2 true, 97 true, 1048573 true, 1048575 false
const P = Toy.primes;
print("limit", P.limit, "count", P.count);
print(P.nth(0), P.nth(1), P.nth(2), P.nth(999), P.nth(P.count - 1));
print([0, 1, 2, 97, 1048573, 1048575].map((n) => `${n} ${P.isPrime(n)}`).join(", "));
