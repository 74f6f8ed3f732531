// isPrime converts its argument with Number; what is not an integer from
// 0 to limit - 1 is a RangeError naming the argument.
// needs: snapshots
// expect: "7" true
// expect: RangeError: Toy.primes.isPrime: 1048576 is not an integer from 0 to 1048575
// expect: RangeError: Toy.primes.isPrime: -1 is not an integer from 0 to 1048575
// expect: RangeError: Toy.primes.isPrime: 2.5 is not an integer from 0 to 1048575
// expect: RangeError: Toy.primes.isPrime: undefined is not an integer from 0 to 1048575
print('"7"', Toy.primes.isPrime("7"));
for (const n of [1048576, -1, 2.5, undefined]) {
  try {
    print("no error:", Toy.primes.isPrime(n));
  } catch (e) {
    print(`${e.name}: ${e.message}`);
  }
}
