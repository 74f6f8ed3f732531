// Immediates run in the order they were set, with the extra arguments
// given to setImmediate; it returns a positive integer id.
// expect: first 3
// expect: second
// expect: number true
const id = setImmediate((a, b) => print("first", a + b), 1, 2);
setImmediate(() => print("second"));
setImmediate(() => print(typeof id, Number.isInteger(id) && id > 0));
