// Two promise chains interleave one step at a time.
// needs: microtasks
// expect: a1
// expect: b1
// expect: a2
// expect: b2
// expect: a3
Promise.resolve()
  .then(() => print("a1"))
  .then(() => print("a2"))
  .then(() => print("a3"));
Promise.resolve()
  .then(() => print("b1"))
  .then(() => print("b2"));
