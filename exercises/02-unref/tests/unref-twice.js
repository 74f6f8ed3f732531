// Unref'ing twice is the same as once, so one refTimer undoes it; unknown
// ids are ignored.
// expect: fired
Toy.unrefTimer(123456);
Toy.refTimer("not an id");
const id = setTimeout(() => print("fired"), 10);
Toy.unrefTimer(id);
Toy.unrefTimer(id);
Toy.refTimer(id);
