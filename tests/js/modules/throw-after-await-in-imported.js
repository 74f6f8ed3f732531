// An imported module that throws after a top-level await rejects the
// whole graph's evaluation: reported as uncaught, exit 1, main never runs.
// needs: modules errors
// expect: tla-throws: after await
// expect-error: Uncaught TypeError: thrown after an await
// expect-stderr-line:     at file://${DIR}/fixtures/errors/tla-throws.js:3:7
import "./fixtures/errors/tla-throws.js";
print("never: main");
