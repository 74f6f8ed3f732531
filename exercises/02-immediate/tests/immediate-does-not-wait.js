// An immediate runs as soon as the loop has polled for I/O, without
// waiting for a timer that is due later.
// expect: immediate came first: true
// expect: timer
const start = Date.now();
setTimeout(() => print("timer"), 600);
setImmediate(() => print("immediate came first:", Date.now() - start < 300));
