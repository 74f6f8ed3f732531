// For an Error, the caret points where the Error was made (the first
// frame of its stack), as Deno does, not at the `throw`.
// needs: errors
// expect-error: Uncaught Error: deep
// expect-stderr-line: const a = 1, b = 2, c = new Error("deep"); throw c;
// expect-stderr-line:                         ^
// expect-stderr-line:     at ${URL}:8:25
const a = 1, b = 2, c = new Error("deep"); throw c;
