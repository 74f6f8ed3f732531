// An import of a file that is not there: nothing runs, and the error
// names the missing URL and where the import is.
// needs: modules
// expect-error: Module not found "file://${DIR}/fixtures/not-there.js".
// expect-stderr-line:     at ${URL}:8:25
print("never");
// a comment before the import
import { nothing } from "./fixtures/not-there.js";
