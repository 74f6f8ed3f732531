// A boolean argument takes only true or false: no truthiness. op_print's
// second argument picks stderr (true) or stdout (false).
// needs: ops
// expect: to stdout
// expect: TypeError: op_print: argument 2 must be a boolean, got number
// expect: TypeError: op_print: argument 2 must be a boolean, got string
// expect: TypeError: op_print: argument 2 must be a boolean, got null
// expect: TypeError: op_print: argument 2 must be a boolean, got object
// expect-stderr-line: to stderr
const { op_print } = Toy.core.ops;
op_print("to stdout\n", false);
op_print("to stderr\n", true);
for (const flag of [1, "true", null, new Boolean(false)]) {
  try {
    op_print("not printed\n", flag);
  } catch (e) {
    print(String(e));
  }
}
