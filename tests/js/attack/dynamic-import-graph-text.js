// The same hole reads any file at all, not only modules: a static import
// of a non-JS file fails to parse, and the uncaught SyntaxError prints
// the file's first line as the source line. The import must be refused
// before the file is read; no byte of the secret may reach stderr.
// needs: perms modules
// perms: --allow-write=/tmp/toyjs-attack-graph-text.js --allow-read=/tmp/toyjs-attack-graph-text.js
// lock: tmp-attack-graph-text
// expect-error: Uncaught (in promise) TypeError: Requires read access to "${DIR}/fixtures/grantedx/other.txt", run again with the --allow-read flag
import { FIX } from "./_attempt.js";
Toy.writeTextFileSync("/tmp/toyjs-attack-graph-text.js",
  `import ${JSON.stringify(FIX + "/grantedx/other.txt")};\n`);
import("/tmp/toyjs-attack-graph-text.js");
