// Even `null` can be thrown from a module.
// needs: errors modules
// expect-error: Uncaught null
throw null;
