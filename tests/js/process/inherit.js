// With stdout set to "inherit", the child writes straight to toyjs's own stdout.
// needs: run
// perms: --allow-run
// expect: before
// expect: from the child
// expect: after 0
print("before");
const out = await new Toy.Command("echo", { args: ["from the child"], stdout: "inherit" }).output();
print(`after ${out.code}`);
