// outputSync() gives the same result without a promise.
// needs: run
// perms: --allow-run
// expect: 0 true "a b\n"
const out = new Toy.Command("echo", { args: ["a", "b"] }).outputSync();
print(out.code, out.success, JSON.stringify(new TextDecoder().decode(out.stdout)));
