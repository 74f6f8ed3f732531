// --allow-write takes the same patterns: here, .log files in /tmp whose
// names start with toyjs-lab-glob-, and nothing else.
// flags: --allow-read=/tmp --allow-write=/tmp/toyjs-lab-glob-*.log
// expect: written: logged
// expect: txt: PermissionDenied
// expect: query: granted prompt
const base = "/tmp/toyjs-lab-glob-write";
Toy.writeTextFileSync(base + ".log", "logged");
print("written:", Toy.readTextFileSync(base + ".log"));
try {
  Toy.writeTextFileSync(base + ".txt", "not allowed");
  print("txt: written");
} catch (e) {
  print("txt:", e.name);
}
const q = (path) => Toy.permissions.querySync({ name: "write", path }).state;
print("query:", q("/tmp/toyjs-lab-glob-other.log"), q("/tmp/toyjs-lab-glob.log"));
