// A path may hold any byte but NUL, a newline too. In the log a value is
// escaped (\n, \t, \\, \xNN for other control bytes), so every decision
// is exactly one line and a path cannot forge a line of its own.
// flags: --allow-read=/tmp --allow-write=/tmp --permission-log=/tmp/toyjs-lab-audit-escapes.log
// expect: 2 lines
// expect: granted read /tmp/toyjs-lab-audit\ngranted read /etc/shadow\tx\\y\x01
// expect: granted read /tmp/toyjs-lab-audit-escapes.log
const log = "/tmp/toyjs-lab-audit-escapes.log";
Toy.writeTextFileSync(log, "");
try {
  Toy.readTextFileSync("/tmp/toyjs-lab-audit\ngranted read /etc/shadow\tx\\y\x01");
} catch (e) { /* NotFound */ }
const lines = Toy.readTextFileSync(log).split("\n").filter((l) => l !== "");
print(lines.length + " lines");
for (const line of lines) print(line);
