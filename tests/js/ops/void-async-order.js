// An async op that is done at once (op_void_async) has its promise
// resolved before the call returns, and still nothing of it runs early:
// its callbacks are microtasks, after the code that follows the call and
// in turn with the other microtasks; await gives way as on any promise.
// needs: fastcalls
// expect: sync 1
// expect: sync 2
// expect: micro a
// expect: void 1
// expect: micro b
// expect: void 2 undefined
// expect: after await, in the same turn: true
const { op_void_async } = Toy.core.ops;
queueMicrotask(() => print("micro a"));
const p = op_void_async();
print("sync 1");
p.then(() => print("void 1"));
queueMicrotask(() => print("micro b"));
op_void_async().then((v) => print("void 2", v));
print("sync 2");
let timerRan = false;
setTimeout(() => { timerRan = true; }, 0);
for (let i = 0; i < 1000; i++) await op_void_async();
print("after await, in the same turn:", !timerRan);
