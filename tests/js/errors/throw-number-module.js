// In a module, a thrown value that is not an Error rejects the module's
// evaluation; it carries no stack and no location, so only the value is
// reported.
// needs: errors modules
// expect-error: Uncaught 42
throw 42;
