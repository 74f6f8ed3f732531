// A grant covers a folder and what is below it, matched at a folder
// boundary: --allow-read=<dir>/granted must not grant <dir>/grantedx,
// whose name merely starts with "granted".
// needs: perms
// perms: --allow-read=${DIR}/fixtures/granted
// expect: sibling: denied
// expect: sibling-query: prompt
// expect: parent: denied
// expect: granted: ALLOWED (11 bytes)
import { attempt, FIX } from "./_attempt.js";
attempt("sibling", () => Toy.readTextFileSync(FIX + "/grantedx/other.txt"));
print("sibling-query: " + Toy.permissions.querySync({ name: "read", path: FIX + "/grantedx" }).state);
attempt("parent", () => Toy.readTextFileSync(FIX + "/secret/secret.txt"));
attempt("granted", () => Toy.readTextFileSync(FIX + "/granted/file.txt"));
