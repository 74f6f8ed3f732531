// A string argument takes only strings (no String objects, no numbers),
// and reaches C as UTF-8: accents, symbols, astral characters survive; a
// lone surrogate, which UTF-8 cannot hold, becomes U+FFFD.
// needs: ops
// expect: TypeError: op_print: argument 1 must be a string, got number
// expect: TypeError: op_print: argument 1 must be a string, got object
// expect: héllo ✓ 😀
// expect: a�b
const { op_print } = Toy.core.ops;
for (const text of [42, new String("boxed\n")]) {
  try {
    op_print(text, false);
  } catch (e) {
    print(String(e));
  }
}
op_print("h\u00e9llo \u2713 \u{1F600}\n", false);
op_print("a\uD800b\n", false);
