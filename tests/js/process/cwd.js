// cwd sets the directory the child starts in, and needs no permission of
// its own.
// needs: run
// perms: --allow-run
// expect: /
// expect: /tmp
const text = (o) => new TextDecoder().decode(o.stdout).trimEnd();
print(text(await new Toy.Command("pwd", { cwd: "/" }).output()));
print(text(new Toy.Command("sh", { args: ["-c", "cd -P . && pwd"], cwd: "/tmp" }).outputSync()));
