// Imports are live bindings, not copies: after the exporting module
// changes its variable, the importer reads the new value.
// needs: modules
// expect: counter evaluated
// expect: 0
// expect: 2
// expect: TypeError
import { count, bump } from "./fixtures/once/counter.js";
print(count);
bump();
bump();
print(count);
try {
  count = 10;  // an import binding is read-only
} catch (e) {
  print(e.name);
}
