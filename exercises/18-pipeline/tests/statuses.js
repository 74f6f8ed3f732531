// Each command's status, { success, code, signal }, in statuses, in the
// order of the commands. code and signal are the last command's (what a
// shell's $? says); success is true only when every command succeeded
// (what a shell with "set -o pipefail" says).
// needs: pipes
// perms: --allow-run
// expect: first fails: success false, code 0, codes 3,0, stdout x
// expect: last fails: success false, code 5, codes 0,5, stdout 0 bytes
const dec = new TextDecoder();
const codes = (r) => r.statuses.map((s) => s.code).join(",");
const a = await Toy.pipeline([["sh", "-c", "cat; exit 3"], ["cat"]], { stdin: "x" });
print(`first fails: success ${a.success}, code ${a.code}, codes ${codes(a)}, stdout ${dec.decode(a.stdout)}`);
const b = await Toy.pipeline([["cat"], ["sh", "-c", "cat > /dev/null; exit 5"]], { stdin: "y" });
print(`last fails: success ${b.success}, code ${b.code}, codes ${codes(b)}, stdout ${b.stdout.length} bytes`);
