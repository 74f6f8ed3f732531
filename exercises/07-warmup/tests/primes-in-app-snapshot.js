// An app being built into a snapshot sees Toy.primes too: the table is
// part of the runtime every snapshot starts from.
// needs: snapshots
// cmd: --build-snapshot ${FILE} -o /tmp/toyjs-lab-warmup-app.snap
// expect: primes at build time: 82025
print("primes at build time:", Toy.primes.count);
Toy.snapshot.setMain(() => print(Toy.primes.nth(0)));
