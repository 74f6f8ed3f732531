// A number argument (i32, u32, f64) takes only numbers: nothing is coerced,
// and the TypeError names the op, the argument and what it got.
// needs: ops
// expect: TypeError: op_add: argument 1 must be a number, got string
// expect: TypeError: op_add: argument 2 must be a number, got undefined
// expect: TypeError: op_add: argument 1 must be a number, got null
// expect: TypeError: op_add: argument 1 must be a number, got object
// expect: TypeError: op_add: argument 2 must be a number, got object
// expect: TypeError: op_add: argument 1 must be a number, got boolean
// expect: TypeError: op_add: argument 1 must be a number, got bigint
// expect: TypeError: op_add: argument 2 must be a number, got symbol
// expect: TypeError: op_add: argument 1 must be a number, got function
// expect: TypeError: op_timer_clear: argument 1 must be a number, got string
// expect: TypeError: op_sleep: argument 1 must be a number, got string
const { op_add, op_timer_clear, op_sleep } = Toy.core.ops;
const calls = [
  () => op_add("1", 2),
  () => op_add(1, undefined),
  () => op_add(null, 2),
  () => op_add({ valueOf: () => 1 }, 2),
  () => op_add(1, new Number(2)),
  () => op_add(true, 2),
  () => op_add(1n, 2),
  () => op_add(1, Symbol("two")),
  () => op_add(() => 1, 2),
  () => op_timer_clear("1"),
  () => op_sleep("5"),
];
for (const call of calls) {
  try {
    print("no error:", call());
  } catch (e) {
    print(String(e));
  }
}
