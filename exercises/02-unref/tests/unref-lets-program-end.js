// Toy.unrefTimer(id): the timer no longer keeps the program running. With
// nothing else to wait for, the program ends and the timer never fires.
// expect: main done
const id = setTimeout(() => print("never"), 50);
Toy.unrefTimer(id);
print("main done");
