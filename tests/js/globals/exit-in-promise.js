// Toy.exit from a promise job, with an op still pending.
// needs: globals
// expect-exit: 2
// expect: job
Toy.core.ops.op_sleep(1000).then(() => print("slept"));
Promise.resolve().then(() => {
  print("job");
  Toy.exit(2);
});
