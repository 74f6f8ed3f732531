// A cycle: a imports b, b imports a. b runs first (a is not yet
// initialised, so reading it throws), a second; once both are evaluated,
// b's live binding to a sees a's value, and later changes to it.
// needs: modules
// expect: b evaluated
// expect: b saw a as ReferenceError
// expect: a evaluated, b = b1
// expect: main a1 a1
// expect: main a2 a2
import { a, setA, fromB } from "./fixtures/cycle/a.js";
print("main", a, fromB());
setA("a2");
print("main", a, fromB());
