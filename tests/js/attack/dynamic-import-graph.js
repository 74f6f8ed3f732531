// A dynamically imported module's own static imports are loaded at run
// time too, so each needs read access (as in Deno, where every module a
// dynamic import loads is checked). Otherwise read+write on a scratch
// file is read access to everything: write a module there that imports
// the secret, import() it, read its exports. The setup writes such a
// module to /tmp with a grant for that one file; the lock keeps the
// suites of several chapters, which run at once, from writing it at once.
// needs: perms modules
// lock: tmp-attack-graph
// perms: --allow-write=/tmp/toyjs-attack-graph.js --allow-read=/tmp/toyjs-attack-graph.js
// expect: graph: denied
import { FIX } from "./_attempt.js";
Toy.writeTextFileSync("/tmp/toyjs-attack-graph.js",
  `import secret from ${JSON.stringify(FIX + "/secret/secret.json")} assert { type: "json" };\n` +
  `import mod from ${JSON.stringify(FIX + "/secret/mod.js")};\n` +
  `export default [secret, mod];\n`);
try {
  const ns = await import("/tmp/toyjs-attack-graph.js");
  print(`graph: ALLOWED (${ns.default.length} exports)`);
} catch (e) {
  print("graph: " + (/^Requires read access to "/.test(e.message) ? "denied" : e.name));
}
