// console.count counts per label; countReset starts a label again.
// needs: inspect
// expect: default: 1
// expect: default: 2
// expect: x: 1
// expect: default: 1
console.count();
console.count();
console.count("x");
console.countReset();
console.count();
