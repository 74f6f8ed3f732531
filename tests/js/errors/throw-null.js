// Even `null` can be thrown.
// needs: errors !modules
// (A classic script: chapters 01-04. In a module V8 turns the throw into
// a rejection of the module's evaluation, which carries no location.)
// expect-error: Uncaught null
// expect-stderr-line:   throw null;
// expect-stderr-line:   ^
// expect-stderr-line:     at ${URL}:9:3
  throw null;
