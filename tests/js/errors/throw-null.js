// Even `null` can be thrown.
// needs: errors
// expect-error: Uncaught null
// expect-stderr-line:   throw null;
// expect-stderr-line:   ^
// expect-stderr-line:     at ${URL}:7:3
  throw null;
