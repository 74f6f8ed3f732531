// --permission-log=FILE appends one line to FILE for every check an op
// makes: "granted", the kind, the path. Each line is in the file before
// the op goes on, so reading the log shows the line for that very read.
// flags: --allow-read=/tmp --allow-write=/tmp --permission-log=/tmp/toyjs-lab-audit-granted.log
// expect: granted write /tmp/toyjs-lab-audit-granted.txt
// expect: granted read /tmp/toyjs-lab-audit-granted.txt
// expect: granted read /tmp/toyjs-lab-audit-granted.log
const log = "/tmp/toyjs-lab-audit-granted.log";
Toy.writeTextFileSync(log, "");          // start from an empty log
Toy.writeTextFileSync("/tmp/toyjs-lab-audit-granted.txt", "data");
Toy.readTextFileSync("/tmp/toyjs-lab-audit-granted.txt");
for (const line of Toy.readTextFileSync(log).split("\n")) if (line) print(line);
