// A rid must be a number: anything else is a TypeError from the op's
// argument check, naming op_close, and nothing is closed.
// needs: resources
// perms: --allow-read --allow-write
// expect: true op_close: argument 1 must be a number, got null
// expect: true op_close: argument 1 must be a number, got string
// expect: true op_close: argument 1 must be a number, got undefined
// expect: true op_close: argument 1 must be a number, got object
// expect: {"0":"stdin","1":"stdout","2":"stderr"}
for (const bad of [[null], ["3"], [], [{}]]) {
  try {
    Toy.close(...bad);
    print("closed");
  } catch (e) {
    print(e instanceof TypeError, e.message);
  }
}
print(JSON.stringify(Toy.resources()));
