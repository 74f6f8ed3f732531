// The main file is an ES module, so it runs in strict mode: assigning a
// variable nobody declared throws instead of making a global.
// needs: modules
// expect: ReferenceError undeclared is not defined
// expect: false
try {
  undeclared = 1;
} catch (e) {
  print(e.name, e.message);
}
print("undeclared" in globalThis);
