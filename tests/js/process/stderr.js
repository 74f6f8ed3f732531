// stderr is collected apart from stdout.
// needs: run
// perms: --allow-run
// expect: out: "to out\n"
// expect: err: "to err\n"
const out = await new Toy.Command("sh", { args: ["-c", "echo to out; echo to err >&2"] }).output();
const text = (b) => JSON.stringify(new TextDecoder().decode(b));
print(`out: ${text(out.stdout)}`);
print(`err: ${text(out.stderr)}`);
