// Top-level await: the module waits on a timer, the loop keeps running,
// and the rest of the module runs when the timer resolves the promise.
// needs: modules timers
// expect: before
// expect: other timer
// expect: after 2
print("before");
setTimeout(() => print("other timer"), 0);
const value = await new Promise((resolve) => setTimeout(() => resolve(2), 20));
print("after", value);
