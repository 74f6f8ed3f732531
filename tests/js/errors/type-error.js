// Errors that V8 itself throws are reported the same way.
// needs: errors
// expect: start
// expect-error: Uncaught TypeError: Cannot read properties of null (reading 'x')
// expect-stderr-line: const y = o.x;
// expect-stderr-line:             ^
// expect-stderr-line:     at ${URL}:10:13
print("start");
const o = null;
const y = o.x;
