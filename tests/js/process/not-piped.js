// With stdout set to "null", the output is discarded, and reading .stdout then throws, as
// in Deno; stderr stays piped.
// needs: run
// perms: --allow-run
// expect: TypeError: Cannot get 'stdout': 'stdout' is not piped
// expect: err 2
const out = await new Toy.Command("sh", { args: ["-c", "echo out; echo e >&2"], stdout: "null" }).output();
try {
  out.stdout;
} catch (e) {
  print(`${e.name}: ${e.message}`);
}
print(`err ${out.stderr.length}`);
