// A pending async op keeps the process alive: with nothing else to do,
// the runtime waits for the sleep instead of exiting.
// needs: ops
// expect: sleeping
// expect: woke up
Toy.core.ops.op_sleep(50).then(() => print("woke up"));
print("sleeping");
