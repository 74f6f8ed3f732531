// "./" and "../" imports resolve against the importing module's own
// directory, at every depth, with "." and ".." segments folded away.
// needs: modules
// expect: a+b+c+d
import { a } from "./fixtures/rel/a.js";
print(a);
