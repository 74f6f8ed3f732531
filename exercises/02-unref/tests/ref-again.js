// Toy.refTimer(id) undoes Toy.unrefTimer(id).
// expect: fired
const id = setTimeout(() => print("fired"), 10);
Toy.unrefTimer(id);
Toy.refTimer(id);
