// An exception at the top level of an imported module is uncaught: it is
// reported with its own module's line, and the main module never runs.
// needs: modules errors
// expect: throws: before
// expect-error: Uncaught Error: thrown at the top of an import
// expect-stderr-line: throw new Error("thrown at the top of an import");
// expect-stderr-line:       ^
// expect-stderr-line:     at file://${DIR}/fixtures/errors/throws.js:3:7
import "./fixtures/errors/throws.js";
print("never: main");
