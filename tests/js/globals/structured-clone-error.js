// What cannot be copied (a function) is a DataCloneError.
// needs: globals
// expect: DataCloneError true
try {
  structuredClone({ f() {} });
} catch (e) {
  print(e.name, e instanceof DOMException);
}
