// A non-zero exit status is the code, and not a success: no exception.
// needs: run
// perms: --allow-run
// expect: 3 false null
// expect: 1 false
const out = await new Toy.Command("sh", { args: ["-c", "exit 3"] }).output();
print(out.code, out.success, out.signal);
const f = new Toy.Command("false").outputSync();
print(f.code, f.success);
