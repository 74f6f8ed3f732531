// --trace-ops prints a line on stderr when a sync op is dispatched and when
// it completes, in Deno's form: "[     0.012] op_add ...: Dispatched Slow",
// then "...: Completed Slow". stdout is untouched.
// needs: ops trace-ops
// flags: --trace-ops
// expect-stderr: op_add
// expect-stderr: : Dispatched Slow
// expect-stderr: op_add
// expect-stderr: : Completed Slow
// expect-stderr: op_print
// expect-stderr: : Dispatched Slow
// expect-stderr: op_print
// expect-stderr: : Completed Slow
// expect: 3
print(Toy.core.ops.op_add(1, 2));
