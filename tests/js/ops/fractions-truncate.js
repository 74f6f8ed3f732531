// A fractional number passed as i32 is cut toward zero; NaN and the
// infinities become 0 (ECMAScript's ToInt32).
// needs: ops
// expect: 2 -2 0 1
// expect: 0 0 0
// expect: true
const { op_add } = Toy.core.ops;
print(op_add(2.9, 0), op_add(-2.9, 0), op_add(0.5, 0.5), op_add(2.9, -1.9));
print(op_add(NaN, 0), op_add(Infinity, 0), op_add(-Infinity, 0));
print(Object.is(op_add(-0, 0), 0));
