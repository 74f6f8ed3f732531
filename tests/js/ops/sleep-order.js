// Sleeps resolve in order of when they are due, not of when they started;
// sleeps of the same length resolve in the order they started.
// needs: ops
// expect: a
// expect: b
// expect: c
// expect: 10
// expect: 40
// expect: 80
const { op_sleep } = Toy.core.ops;
op_sleep(80).then(() => print(80));
op_sleep(10).then(() => print(10));
op_sleep(40).then(() => print(40));
op_sleep(0).then(() => print("a"));
op_sleep(0).then(() => print("b"));
op_sleep(0).then(() => print("c"));
