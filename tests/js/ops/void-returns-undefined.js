// An op that returns nothing gives undefined, sync or async: op_print,
// op_timer_repeat (even for an id that does not exist), and what
// op_sleep's promise resolves with.
// needs: ops
// expect: x
// expect: undefined undefined
// expect: resolved undefined
const { op_print, op_timer_repeat, op_sleep } = Toy.core.ops;
const printed = op_print("x\n", false);
print(printed, op_timer_repeat(12345, 1));
op_sleep(0).then((value) => print("resolved", value));
