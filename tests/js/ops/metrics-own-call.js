// The metrics op counts itself: in its own snapshot it is dispatched but
// not yet completed.
// needs: ops metrics
// expect: 1 0
// expect: 2 1
const first = Toy.core.metrics().ops.op_metrics;
const second = Toy.core.metrics().ops.op_metrics;
print(first.dispatched, first.completed);
print(second.dispatched, second.completed);
