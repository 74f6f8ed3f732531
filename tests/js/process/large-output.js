// A 1 MiB output, far beyond a pipe's buffer, arrives whole and in order,
// from both forms.
// needs: run
// perms: --allow-run
// expect: async 1048576 true
// expect: sync 1048576 true
const script = "i=0; while [ $i -lt 16384 ]; do printf '%063d\\n' $i; i=$((i+1)); done";
function check(bytes) {
  const lines = new TextDecoder().decode(bytes).split("\n");
  for (let i = 0; i < 16384; i++) {
    if (Number(lines[i]) !== i || lines[i].length !== 63) return false;
  }
  return lines.length === 16385 && lines[16384] === "";
}
const a = await new Toy.Command("sh", { args: ["-c", script] }).output();
print(`async ${a.stdout.length} ${check(a.stdout)}`);
const s = new Toy.Command("sh", { args: ["-c", script] }).outputSync();
print(`sync ${s.stdout.length} ${check(s.stdout)}`);
