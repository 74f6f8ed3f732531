// clearEnv: the child sees only the variables given in env.
// needs: run
// perms: --allow-run
// expect: ONLY=1
const out = new Toy.Command("/usr/bin/env", { env: { ONLY: "1" }, clearEnv: true }).outputSync();
print(new TextDecoder().decode(out.stdout).trimEnd());
