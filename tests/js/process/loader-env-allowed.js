// With run access to everything, a child may get LD_* variables: the
// program could run anything anyway.
// needs: run
// perms: --allow-run
// expect: /nonexistent
const out = new Toy.Command("sh", {
  args: ["-c", 'echo "$LD_LIBRARY_PATH"'],
  env: { LD_LIBRARY_PATH: "/nonexistent" },
}).outputSync();
print(new TextDecoder().decode(out.stdout).trimEnd());
