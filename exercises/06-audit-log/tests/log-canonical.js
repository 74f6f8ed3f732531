// The log names what was decided: the canonical path, absolute, with "."
// and ".." gone and symlinks followed, whatever the script wrote.
// (CWD below stands for the working directory, the repository's root.)
// flags: --allow-read --allow-write=/tmp --permission-log=/tmp/toyjs-lab-audit-canonical.log
// expect: granted read CWD
// expect: granted read CWD/no-such-toyjs-file.txt
// expect: granted read CWD/exercises/06-audit-log/README.md
// expect: granted read /tmp/toyjs-lab-audit-canonical.log
const log = "/tmp/toyjs-lab-audit-canonical.log";
Toy.writeTextFileSync(log, "");
const cwd = Toy.cwd();
try { Toy.readTextFileSync("no-such-toyjs-file.txt"); } catch (e) { /* NotFound */ }
Toy.readTextFileSync("exercises/06-audit-log/tests/fixtures/handout-link.md");
const text = Toy.readTextFileSync("/tmp/../tmp//./toyjs-lab-audit-canonical.log");
for (const line of text.split("\n")) if (line) print(line.split(cwd).join("CWD"));
