// AbortSignal.timeout(ms) aborts after ms with a TimeoutError, while
// other work keeps the program running.
// needs: abort timers
// expect: aborted: false
// expect: onabort: TimeoutError Signal timed out.
// expect: timer after it
const s = AbortSignal.timeout(10);
print("aborted:", s.aborted);
s.onabort = () => print("onabort:", s.reason.name, s.reason.message);
setTimeout(() => print("timer after it"), 200);
