// An op's TypeError, uncaught, points at the script's call: the caret is
// under the op call and the stack's first frame is the script's.
// needs: ops errors
// expect-error: Uncaught TypeError: op_add: argument 1 must be a number, got string
// expect-stderr-line: const sum = Toy.core.ops.op_add("1", 2);
// expect-stderr-line:                          ^
// expect-stderr-line:     at ${URL}:8:26
const sum = Toy.core.ops.op_add("1", 2);
print("not reached", sum);
