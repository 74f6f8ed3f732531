// An interval can unref itself: once it has, the program ends.
// expect: 1
// expect: 2
// expect: 3
let n = 0;
const id = setInterval(() => {
  print(++n);
  if (n === 3) Toy.unrefTimer(id);
}, 1);
