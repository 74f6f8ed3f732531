// --trace-ops prints a line on stderr when a sync op is dispatched and when
// it completes: "[trace-ops] <ms> ms dispatch  Slow  op_add", then
// "... complete  Slow  op_add ok". stdout is untouched.
// needs: ops trace-ops
// flags: --trace-ops
// expect-stderr: [trace-ops]
// expect-stderr: dispatch  Slow  op_add
// expect-stderr: [trace-ops]
// expect-stderr: complete  Slow  op_add ok
// expect-stderr: dispatch  Slow  op_print
// expect-stderr: complete  Slow  op_print ok
// expect: 3
print(Toy.core.ops.op_add(1, 2));
