// An Error without a message is reported as just its name.
// needs: errors
// expect-error: Uncaught RangeError
throw new RangeError();
