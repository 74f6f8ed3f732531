// Static imports are part of the program the user chose to run: they
// load without read access, as in Deno.
// needs: perms modules
// expect: 42
import { answer } from "./fixtures/mod.js";
print(answer);
