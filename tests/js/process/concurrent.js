// Several children run at once; the loop goes on meanwhile, and each
// output() settles with its own result.
// needs: run timers
// perms: --allow-run
// expect: timer
// expect: 0 1 2 3 4
let ticked = false;
setTimeout(() => { ticked = true; print("timer"); }, 0);
const outs = await Promise.all([0, 1, 2, 3, 4].map((i) =>
  new Toy.Command("sh", { args: ["-c", `sleep 0.2; echo ${i}`] }).output()));
print(outs.map((o) => new TextDecoder().decode(o.stdout).trim()).join(" "));
