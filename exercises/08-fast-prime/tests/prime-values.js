// op_is_prime(n) says whether n is prime, as a boolean. Called before any
// optimization, so these are the slow path's answers: the small cases,
// squares of primes (where the last divisor to try is the square root
// itself), and the primes just below 2^32, where a 32-bit d * d would
// wrap around before the loop ends.
// needs: fastcalls
// expect: false false true true false false true boolean
// expect: false false false true true
// expect: true true true false
// expect: true true false
const { op_is_prime } = Toy.core.ops;
print(op_is_prime(0), op_is_prime(1), op_is_prime(2), op_is_prime(3), op_is_prime(4),
  op_is_prime(100), op_is_prime(97), typeof op_is_prime(97));
print(op_is_prime(9), op_is_prime(25), op_is_prime(4293001441), op_is_prime(65521),
  op_is_prime(65537));
print(op_is_prime(4294967291), op_is_prime(4294967279), op_is_prime(4294967231),
  op_is_prime(4294967295));
print(op_is_prime(2147483647), op_is_prime(7919), op_is_prime(7917));
