// From this chapter on print, console.log and the timer functions are
// written in the runtime's own JavaScript, on top of ops: they keep their
// web names but are no longer native functions.
// needs: ops timers console
// expect: print log setTimeout setInterval clearTimeout clearInterval queueMicrotask
// expect: ok
const fns = [print, console.log, setTimeout, setInterval, clearTimeout, clearInterval];
print(...fns.map((f) => f.name), queueMicrotask.name);
const native = fns.filter((f) => String(f).includes("[native code]"));
print(native.length === 0 ? "ok" : "native: " + native.map((f) => f.name).join(" "));
