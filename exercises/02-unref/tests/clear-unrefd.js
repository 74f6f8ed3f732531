// Clearing an unref'd timer leaves the other timers keeping the program
// running as before.
// expect: b
const a = setTimeout(() => print("a"), 10);
Toy.unrefTimer(a);
clearTimeout(a);
setTimeout(() => print("b"), 20);
