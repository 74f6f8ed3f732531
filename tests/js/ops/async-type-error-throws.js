// A wrong argument to an async op throws synchronously; no promise is made,
// so nothing is left to reject later.
// needs: ops
// expect: threw TypeError: op_sleep: argument 1 must be a number, got undefined
// expect: end
let result = "nothing";
try {
  result = Toy.core.ops.op_sleep();
} catch (e) {
  print("threw " + e);
}
print(result === "nothing" ? "end" : "returned " + result);
