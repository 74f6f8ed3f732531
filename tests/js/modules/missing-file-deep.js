// A missing file two levels down: the error names the module whose
// import failed (the deeper one), not the main module, and nothing runs.
// needs: modules
// expect-error: Module not found "file://${DIR}/fixtures/errors/gone.js".
// expect-stderr-line:     at file://${DIR}/fixtures/errors/imports-missing.js:4:8
import "./fixtures/errors/middle.js";
print("never: main");
