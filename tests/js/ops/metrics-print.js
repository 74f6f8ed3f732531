// print and console.log go through op_print: each call is one dispatch.
// needs: ops metrics console
// expect: one
// expect: two
// expect: three
// expect: op_print +3
const before = Toy.core.metrics().ops.op_print.dispatched;
print("one");
console.log("two");
print("three");
print("op_print", "+" + (Toy.core.metrics().ops.op_print.dispatched - before));
