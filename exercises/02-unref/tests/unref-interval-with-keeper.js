// An unref'd interval keeps firing while a timer keeps the program
// running, and stops with it.
// expect: ticked: true
let ticks = 0;
Toy.unrefTimer(setInterval(() => ticks++, 5));
setTimeout(() => print("ticked:", ticks >= 3), 100);
