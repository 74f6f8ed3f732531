// An unref'd timer still fires when the program is kept running by
// something else, here a later timer.
// expect: unref'd timer
// expect: keeper
const id = setTimeout(() => print("unref'd timer"), 10);
Toy.unrefTimer(id);
setTimeout(() => print("keeper"), 100);
