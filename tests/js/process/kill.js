// Toy.kill sends SIGTERM to a running child (here a `sleep 10` that wrote
// its pid to a file); its output() then settles with the signal, and the
// code 128 + 15 as Deno reports it.
// needs: run fsx
// perms: --allow-run --allow-read --allow-write
// expect: code 143 success false signal SIGTERM
const file = Toy.makeTempFileSync();
const running = new Toy.Command("sh", {
  args: ["-c", 'echo $$ > "$1"; exec sleep 10', "sh", file],
}).output();
let pid = "";
for (let i = 0; i < 200 && pid === ""; i++) {
  await new Promise((r) => setTimeout(r, 10));
  pid = Toy.readTextFileSync(file).trim();
}
Toy.kill(Number(pid));
const out = await running;
print(`code ${out.code} success ${out.success} signal ${out.signal}`);
Toy.removeSync(file);
