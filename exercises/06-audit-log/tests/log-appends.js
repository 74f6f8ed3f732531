// The log is opened for appending: what the file held stays, and each
// line goes at its end, even after someone else wrote to the file.
// flags: --allow-read=/tmp --allow-write=/tmp --allow-env=TOYJS_LAB_AUDIT
// flags: --permission-log=/tmp/toyjs-lab-audit-appends.log
// expect: earlier line
// expect: granted env TOYJS_LAB_AUDIT
// expect: granted read /tmp/toyjs-lab-audit-appends.log
const log = "/tmp/toyjs-lab-audit-appends.log";
Toy.writeTextFileSync(log, "earlier line\n");
Toy.env.get("TOYJS_LAB_AUDIT");
for (const line of Toy.readTextFileSync(log).split("\n")) if (line) print(line);
