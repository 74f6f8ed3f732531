// A JSON module that does not parse is a SyntaxError, reported before
// any module runs.
// needs: modules
// expect-error: Uncaught SyntaxError: Unexpected token } in JSON at position 8
import data from "./fixtures/json/bad.json" assert { type: "json" };
print("never");
