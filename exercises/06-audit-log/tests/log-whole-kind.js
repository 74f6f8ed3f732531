// A check of a whole kind (Toy.env.toObject() needs all of env) is
// logged without a value: "granted env", or "denied env" while any one
// variable is denied. Toy.permissions.query() checks nothing: no line.
// flags: --allow-env --deny-env=TOYJS_LAB_SECRET --allow-read=/tmp --allow-write=/tmp
// flags: --permission-log=/tmp/toyjs-lab-audit-whole.log
// expect: denied env
// expect: granted env PATH
// expect: denied env TOYJS_LAB_SECRET
// expect: granted read /tmp/toyjs-lab-audit-whole.log
const log = "/tmp/toyjs-lab-audit-whole.log";
Toy.writeTextFileSync(log, "");
try { Toy.env.toObject(); } catch (e) { /* PermissionDenied */ }
Toy.permissions.querySync({ name: "env" });
Toy.permissions.querySync({ name: "env", variable: "HOME" });
Toy.env.get("PATH");
try { Toy.env.get("TOYJS_LAB_SECRET"); } catch (e) { /* PermissionDenied */ }
for (const line of Toy.readTextFileSync(log).split("\n")) if (line) print(line);
