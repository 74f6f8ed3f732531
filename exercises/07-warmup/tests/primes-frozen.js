// A program cannot change the table everyone shares: Toy.primes is frozen,
// has only its four members, and does not hand out the sieve itself.
// needs: snapshots
// expect: frozen true
// expect: count,isPrime,limit,nth
// expect: TypeError
// expect: 97 still prime: true
"use strict";
const P = Toy.primes;
print("frozen", Object.isFrozen(P));
print(Object.keys(P).sort().join(","));
try {
  P.isPrime = () => false;
  print("replaced isPrime");
} catch (e) {
  print(e.name);
}
print("97 still prime:", P.isPrime(97));
