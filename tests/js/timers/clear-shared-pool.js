// Timeouts and intervals share one pool of ids: clearTimeout stops an
// interval and clearInterval stops a timeout.
// needs: timers
// expect: end
const iv = setInterval(() => print("interval ran"), 0);
const to = setTimeout(() => print("timeout ran"), 0);
clearTimeout(iv);
clearInterval(to);
setTimeout(() => print("end"), 20);
