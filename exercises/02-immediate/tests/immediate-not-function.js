// setImmediate wants a function: anything else is a TypeError.
// expect: TypeError: setImmediate: argument 1 is not a function
try {
  setImmediate("print(1)");
} catch (e) {
  print(e.name + ": " + e.message);
}
