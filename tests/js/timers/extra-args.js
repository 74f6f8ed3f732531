// Arguments after the delay are passed to the callback, for timeouts and
// intervals alike; with none, the callback gets no arguments.
// needs: timers
// expect: x 42 true
// expect: 0
// expect: interval a b
setTimeout((s, n, b) => print(s, n, b), 0, "x", 42, true);
setTimeout((...rest) => print(rest.length), 0);
const id = setInterval((p, q) => {
  print("interval", p, q);
  clearInterval(id);
}, 0, "a", "b");
