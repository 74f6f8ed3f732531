// Arguments beyond what the op declares are ignored, and an op does not
// care what `this` is: destructured or called with any receiver, it works.
// needs: ops
// expect: 3 3 3 3
const { op_add } = Toy.core.ops;
print(op_add(1, 2, 3), op_add.call({}, 1, 2), Reflect.apply(op_add, null, [1, 2]),
      Toy.core.ops.op_add(1, 2, "ignored"));
