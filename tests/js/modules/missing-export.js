// Importing a name the module does not export is a SyntaxError from
// linking, in V8's words, pointed at the import; no module runs.
// needs: modules errors
// expect-error: Uncaught SyntaxError: The requested module './fixtures/errors/exports-x.js' does not provide an export named 'y'
// expect-stderr-line: import { x, y } from "./fixtures/errors/exports-x.js";
// expect-stderr-line:             ^
// expect-stderr-line:     at ${URL}:9:13
print("never: main");
import { x, y } from "./fixtures/errors/exports-x.js";
