// Clearing something that is not a live timer is a silent no-op.
// needs: timers
// expect: ok
// expect: still fires
const keep = setTimeout(() => print("still fires"), 0);
clearTimeout(123456);
clearTimeout();
clearTimeout(undefined);
clearTimeout(null);
clearTimeout("abc");
clearTimeout(-1);
clearTimeout({});
clearInterval(987654);
clearInterval("xyz");
clearInterval();
print("ok");
