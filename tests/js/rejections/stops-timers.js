// An unhandled rejection ends the process even with timers pending.
// needs: rejections timers
// expect: script
// expect-error: Uncaught (in promise) Error: stop
setTimeout(() => print("never"), 100);
setInterval(() => print("never either"), 10);
print("script");
Promise.reject(new Error("stop"));
