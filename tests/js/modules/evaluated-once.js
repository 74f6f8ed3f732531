// A module imported from several places (and twice from one) is
// evaluated once, and every importer shares its one set of bindings.
// needs: modules
// expect: counter evaluated
// expect: left
// expect: right sees 2
// expect: main sees 2 1
import "./fixtures/once/left.js";
import "./fixtures/once/right.js";
import { count } from "./fixtures/once/counter.js";
import * as again from "./fixtures/once/counter.js";
print("main sees", again.count, globalThis.evaluations);
if (count !== again.count) print("bindings differ");
