// A syntax error in an imported module is reported with that module's
// source line, caret and URL; no module runs.
// needs: modules errors
// expect-error: Uncaught SyntaxError: Unexpected token ';'
// expect-stderr-line: export const broken = (1 + ;
// expect-stderr-line:                            ^
// expect-stderr-line:     at file://${DIR}/fixtures/errors/bad-syntax.js:3:28
import { fine } from "./fixtures/errors/bad-syntax.js";
print("never");
