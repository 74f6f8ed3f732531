// Once an unref'd timer has fired, it no longer counts: timers set later
// keep the program running as usual.
// expect: a
// expect: c
const a = setTimeout(() => print("a"), 1);
Toy.unrefTimer(a);
setTimeout(() => setTimeout(() => print("c"), 10), 50);
