// spawn() inherits all three streams unless told otherwise (Deno's
// defaults), so the child writes straight to this process's stdout;
// output() refuses a piped stdin it could not write to, as Deno does.
// needs: pipes
// perms: --allow-run=echo
// expect: from the child
// expect: code 0
// expect: TypeError: Piped stdin is not supported for this function, use 'Toy.Command.spawn()' instead
const child = new Toy.Command("echo", { args: ["from the child"] }).spawn();
print(`code ${(await child.status).code}`);
try {
  await new Toy.Command("echo", { stdin: "piped" }).output();
} catch (e) {
  print(`${e.name}: ${e.message}`);
}
