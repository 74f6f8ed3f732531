// Timers fire in order of when they are due, not of when they were made.
// needs: timers
// expect: a 0
// expect: b 10
// expect: c 30
setTimeout(() => print("c 30"), 30);
setTimeout(() => print("a 0"), 0);
setTimeout(() => print("b 10"), 10);
