// A diamond: a imports b and c, both import d. d is evaluated once, first;
// then b and c in import order, then a.
// needs: modules
// expect: d evaluated
// expect: b evaluated
// expect: c evaluated
// expect: a evaluated
// expect: b+d c+d 1
import { a } from "./fixtures/diamond/a.js";
print(a, globalThis.dEvaluations);
