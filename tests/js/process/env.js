// env adds variables to the ones the child inherits, or replaces them.
// needs: run
// perms: --allow-run
// expect: one two
// expect: yes
const cmd = new Toy.Command("sh", {
  args: ["-c", 'echo "$TOY_A $TOY_B"; test -n "$PATH" && echo yes'],
  env: { TOY_A: "one", TOY_B: "two" },
});
print(new TextDecoder().decode((await cmd.output()).stdout).trimEnd());
