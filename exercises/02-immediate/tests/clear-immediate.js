// clearImmediate(id) cancels an immediate, even one queued for the same
// turn by an immediate that runs before it; ids that are not pending are
// ignored.
// expect: a
// expect: d
let b;
setImmediate(() => {
  print("a");
  clearImmediate(b);
});
b = setImmediate(() => print("b"));
const c = setImmediate(() => print("c"));
clearImmediate(c);
clearImmediate(c);
clearImmediate(undefined);
clearImmediate(123456);
setImmediate(() => print("d"));
