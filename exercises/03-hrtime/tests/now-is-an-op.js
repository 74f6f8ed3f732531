// performance.now() is the op op_time_now, in Toy.core.ops: each call is one
// dispatch, counted in Toy.core.metrics().
// expect: function
// expect: 10 dispatches
print(typeof Toy.core.ops.op_time_now);
const before = Toy.core.metrics().ops.op_time_now.dispatched;
for (let i = 0; i < 10; i++) performance.now();
print(Toy.core.metrics().ops.op_time_now.dispatched - before, "dispatches");
