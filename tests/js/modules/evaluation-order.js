// Imports run before the module that imports them, depth first, in the
// order the import declarations appear, wherever those are in the file
// (imports are hoisted).
// needs: modules
// expect: first
// expect: nested
// expect: second
// expect: main
print("main");
import "./fixtures/order/nested.js";
import "./fixtures/order/second.js";
import "./fixtures/order/first.js";
