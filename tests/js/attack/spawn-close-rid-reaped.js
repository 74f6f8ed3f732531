// A script may close a child's rid itself while the child runs (its rid
// is in Toy.resources()). The child runs on, as in Deno, but it must
// still be reaped when it exits: closing libuv's handle at once left it
// a zombie, in the process table until toyjs exited (a script doing so
// in a loop fills the table). The handle now stays, keeping nothing
// alive, until the exit; a wait asked for before the close still gets
// the exit's status. The test polls /proc until the child is gone: a
// child never reaped makes it run into its time limit.
// needs: pipes
// perms: --allow-run=sh --allow-read=/proc
// expect: closed, then reaped
// expect: wait asked before the close: code 3
// expect: open: none
const ops = Toy.core.ops;
const quiet = (2 << 2) | (2 << 4) | (2 << 6);
// Waits until the process pid is gone from /proc (reaped), or another
// process has its number (another name or start time).
async function gone(pid) {
  const read = () => new TextDecoder().decode(Toy.readFileSync(`/proc/${pid}/stat`));
  // "pid (name) state ...": the pid and name, and the start time (the
  // 22nd field, the 20th after the name).
  const who = (stat) => {
    const end = stat.lastIndexOf(")");
    return `${stat.slice(0, end)} ${stat.slice(end + 2).split(" ")[19]}`;
  };
  let first;
  try {
    first = who(read());
  } catch {
    return;
  }
  for (;;) {
    try {
      if (who(read()) !== first) return;
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
const first = ops.op_process_spawn("sh", "-c\0exit 3\0", "", "", quiet);
Toy.close(first.rid);
await gone(first.pid);
print("closed, then reaped");
const second = ops.op_process_spawn("sh", "-c\0read x; exit 3\0", "", "", quiet & ~(3 << 2));
const status = ops.op_process_wait(second.rid);
Toy.close(second.rid);
Toy.close(second.stdinRid);          // sh reads the end of its input, and exits
print(`wait asked before the close: code ${(await status).code}`);
await gone(second.pid);
print(`open: ${Object.keys(Toy.resources()).filter((r) => r > 2).join(",") || "none"}`);
