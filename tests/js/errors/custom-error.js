// A subclass of Error that sets its name is reported by that name. Its
// stack starts at the `new`: V8 leaves out the constructors' own frames.
// needs: errors
// expect-error: Uncaught MyError: something broke
// expect-stderr-line:     throw new MyError("something broke");
// expect-stderr-line:           ^
// expect-stderr-line:     at check (${URL}:19:11)
// expect-stderr-line:     at ${URL}:21:1
class MyError extends Error {
  constructor(message) {
    super(message);
    this.name = "MyError";
  }
}

function check() {
  // The stack is captured where the error is constructed.
  if (1 + 1 === 2)
    throw new MyError("something broke");
}
check();
