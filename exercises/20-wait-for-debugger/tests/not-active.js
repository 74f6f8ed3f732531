// Without --inspect there is no debugger to wait for:
// Toy.inspector.waitForDebugger() throws at once, an Error "Inspector is
// not active" with Node's code, each time it is called, and the program
// goes on.
// expect: Error: Inspector is not active
// expect: instanceof Error: true
// expect: code: ERR_INSPECTOR_NOT_ACTIVE
// expect: again: Inspector is not active
// expect: still running
try {
  Toy.inspector.waitForDebugger();
  print("returned");
} catch (e) {
  print(`${e.name}: ${e.message}`);
  print(`instanceof Error: ${e instanceof Error}`);
  print(`code: ${e.code}`);
}
try {
  Toy.inspector.waitForDebugger();
} catch (e) {
  print(`again: ${e.message}`);
}
print("still running");
