// An unhandled rejection in a settled op's callback ends the run while
// other ops are still in flight: their callbacks never run.
// needs: ops rejections
// expect: first
// expect-error: Uncaught (in promise) Error: in a then
const { op_sleep } = Toy.core.ops;
op_sleep(60000).then(() => print("never"));
op_sleep(0).then(() => print("first"));
op_sleep(20).then(() => { throw new Error("in a then"); });
op_sleep(100).then(() => print("never either"));
