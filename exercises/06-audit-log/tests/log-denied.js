// Denials are logged too: "denied env HOME", "denied write /path". The
// log is the operator's file, not the script's: opening it needs no
// permission, and a script without --allow-write cannot write to it.
// flags: --allow-read=/tmp --permission-log=/tmp/toyjs-lab-audit-denied.log
// expect: PermissionDenied PermissionDenied
// expect: denied env HOME
// expect: denied write /tmp/toyjs-lab-audit-denied.log
// expect: granted read /tmp/toyjs-lab-audit-denied.log
const log = "/tmp/toyjs-lab-audit-denied.log";
const names = [];
try { Toy.env.get("HOME"); } catch (e) { names.push(e.name); }
try { Toy.writeTextFileSync(log, "forged\n"); } catch (e) { names.push(e.name); }
print(names.join(" "));
// The file holds earlier runs too: the last three lines are this run's.
const lines = Toy.readTextFileSync(log).split("\n").filter((l) => l !== "");
for (const line of lines.slice(-3)) print(line);
