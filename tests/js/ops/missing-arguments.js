// A missing argument is undefined, and the TypeError names which one.
// needs: ops
// expect: TypeError: op_add: argument 1 must be a number, got undefined
// expect: TypeError: op_add: argument 2 must be a number, got undefined
// expect: TypeError: op_print: argument 1 must be a string, got undefined
// expect: TypeError: op_print: argument 2 must be a boolean, got undefined
// expect: TypeError: op_crc32: argument 1 must be a Uint8Array, got undefined
// expect: TypeError: op_timer_start: argument 2 must be a boolean, got undefined
const { op_add, op_print, op_crc32, op_timer_start } = Toy.core.ops;
for (const call of [
  () => op_add(),
  () => op_add(1),
  () => op_print(),
  () => op_print("half a call\n"),
  () => op_crc32(),
  () => op_timer_start(0),
]) {
  try {
    call();
    print("no error");
  } catch (e) {
    print(e.name + ": " + e.message);
  }
}
