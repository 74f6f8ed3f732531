// Toy.exit from a timer: later timers and microtasks never run.
// needs: globals
// expect: first
setTimeout(() => {
  Promise.resolve().then(() => print("microtask"));
  print("first");
  Toy.exit();
}, 0);
setTimeout(() => print("second"), 5);
