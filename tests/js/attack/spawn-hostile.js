// op_process_spawn, called raw with hostile arguments, refuses or
// contains each: NUL bytes in the program, cwd or lists; lists without
// their last NUL; modes no option spells (3); flags far out of range; a
// program outside the grant. Nothing starts that was not allowed, and
// no rid is left behind by a refusal.
// needs: pipes
// perms: --allow-run=echo
// expect: NUL in program: TypeError
// expect: NUL in cwd: TypeError
// expect: cat, not granted: PermissionDenied
// expect: sh -c via args of echo: ran echo
// expect: mode 3 everywhere: ran, no pipes: true
// expect: flags 2**32 - 1: ran, no pipes: true
// expect: args without their last NUL: ran echo
// expect: env without its last NUL: ran echo
// expect: LD_PRELOAD in env: PermissionDenied
// expect: open: none
const ops = Toy.core.ops;
const pipesOf = (c) => [c.stdinRid, c.stdoutRid, c.stderrRid].filter((r) => r !== null);
async function run(label, args, check) {
  try {
    const c = ops.op_process_spawn(...args);
    await ops.op_process_wait(c.rid);
    print(`${label}: ${check ? check(c) : "ran echo"}`);
    for (const r of pipesOf(c)) Toy.close(r);
  } catch (e) {
    print(`${label}: ${e.name}`);
  }
}
const quiet = (2 << 2) | (2 << 4) | (2 << 6);
await run("NUL in program", ["ec\0ho", "", "", "", quiet]);
await run("NUL in cwd", ["echo", "", "/tmp\0/x", "", quiet]);
await run("cat, not granted", ["cat", "", "", "", quiet]);
await run("sh -c via args of echo", ["echo", "sh\0-c\0id\0", "", "", quiet]);
await run("mode 3 everywhere", ["echo", "", "", "", (3 << 2) | (3 << 4) | (3 << 6)],
          (c) => `ran, no pipes: ${pipesOf(c).length === 0}`);
await run("flags 2**32 - 1", ["echo", "", "", "", 2 ** 32 - 1],
          (c) => `ran, no pipes: ${pipesOf(c).length === 0}`);
await run("args without their last NUL", ["echo", "a\0b", "", "", quiet]);
await run("env without its last NUL", ["echo", "", "", "A=1\0B=2", quiet]);
await run("LD_PRELOAD in env", ["echo", "", "", "LD_PRELOAD=/tmp/x.so\0", quiet]);
print(`open: ${Object.keys(Toy.resources()).filter((r) => r > 2).join(",") || "none"}`);
