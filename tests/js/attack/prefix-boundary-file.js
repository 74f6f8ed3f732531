// A file grant covers that file, not a longer name that starts with it,
// nor "files below" it. Setup writes the files in /tmp with a write grant
// on /tmp; reading is granted for one file only.
// needs: perms
// perms: --allow-write=/tmp --allow-read=/tmp/toyjs-attack-granted.txt
// lock: tmp-attack-granted
// expect: granted: ALLOWED (3 bytes)
// expect: longer-name: denied
// expect: other: denied
// expect: below-file: denied
import { attempt } from "./_attempt.js";
Toy.writeTextFileSync("/tmp/toyjs-attack-granted.txt", "ok\n");
Toy.writeTextFileSync("/tmp/toyjs-attack-granted.txtx", "SECRET-LONGER\n");
Toy.writeTextFileSync("/tmp/toyjs-attack-secret.txt", "SECRET-OTHER\n");
attempt("granted", () => Toy.readTextFileSync("/tmp/toyjs-attack-granted.txt"));
attempt("longer-name", () => Toy.readTextFileSync("/tmp/toyjs-attack-granted.txtx"));
attempt("other", () => Toy.readTextFileSync("/tmp/toyjs-attack-secret.txt"));
attempt("below-file", () => Toy.readTextFileSync("/tmp/toyjs-attack-granted.txt/../toyjs-attack-secret.txt"));
