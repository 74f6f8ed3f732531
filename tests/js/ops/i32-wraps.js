// op_add works in int32: arguments outside the range wrap modulo 2^32 on
// the way in, and the sum wraps instead of overflowing.
// needs: ops
// expect: -2147483648
// expect: 2147483647
// expect: -2147483648
// expect: 5
// expect: -1
// expect: -3
const { op_add } = Toy.core.ops;
print(op_add(2 ** 31 - 1, 1));
print(op_add(-(2 ** 31), -1));
print(op_add(2 ** 31, 0));
print(op_add(2 ** 32 + 5, 0));
print(op_add(2 ** 32 - 1, 0));
print(op_add(-5, 2));
