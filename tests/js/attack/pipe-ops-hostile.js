// The child-process pipe ops take hostile arguments without harm: rids
// that are not numbers, not whole, out of range, closed, or of another
// kind; buffers that are not Uint8Arrays, empty, or shared; a second
// read while one waits; a wait, kill or ref on a rid that is not a
// child. Each is a thrown or rejected error of the runtime's classes,
// never a crash; the child and its pipes still work after all of it.
// needs: pipes
// perms: --allow-run=cat
// expect: read NaN: TypeError
// expect: read 1.5: TypeError
// expect: read -1: TypeError
// expect: read 2**32: TypeError
// expect: read closed rid: BadResource
// expect: read stdin's rid: BadResource
// expect: read the child's rid: BadResource
// expect: read childStdin: BadResource
// expect: read a string: TypeError
// expect: read a DataView: TypeError
// expect: read empty: 0
// expect: write childStdout: BadResource
// expect: write stdout's rid: BadResource
// expect: write an ArrayBuffer: TypeError
// expect: write empty: 0
// expect: second read: Error: Another read is ongoing
// expect: wait on a pipe: BadResource
// expect: second wait: Error: Another wait is ongoing
// expect: kill a pipe: BadResource
// expect: kill, no such signal: TypeError: Unknown signal: SIGNOPE
// expect: ref stdin's rid: BadResource
// expect: ref a string: TypeError
// expect: shared buffer round trip: ping
// expect: status: 0
const ops = Toy.core.ops;
async function show(label, fn) {
  try {
    print(`${label}: ${await fn()}`);
  } catch (e) {
    print(`${label}: ${e.name}${e.name === "Error" || label.includes("signal") ? `: ${e.message}` : ""}`);
  }
}
const child = ops.op_process_spawn("cat", "", "", "", 0 | (0 << 2) | (0 << 4) | (1 << 6));
const { rid, stdinRid, stdoutRid } = child;
const buf = new Uint8Array(8);
const closed = ops.op_process_spawn("cat", "", "", "", (0 << 2) | (2 << 4) | (2 << 6)).stdinRid;
Toy.close(closed);
await show("read NaN", () => ops.op_process_pipe_read(NaN, buf));
await show("read 1.5", () => ops.op_process_pipe_read(1.5, buf));
await show("read -1", () => ops.op_process_pipe_read(-1, buf));
await show("read 2**32", () => ops.op_process_pipe_read(2 ** 32 + stdoutRid, buf));
await show("read closed rid", () => ops.op_process_pipe_read(closed, buf));
await show("read stdin's rid", () => ops.op_process_pipe_read(0, buf));
await show("read the child's rid", () => ops.op_process_pipe_read(rid, buf));
await show("read childStdin", () => ops.op_process_pipe_read(stdinRid, buf));
await show("read a string", () => ops.op_process_pipe_read(stdoutRid, "12345678"));
await show("read a DataView", () => ops.op_process_pipe_read(stdoutRid, new DataView(buf.buffer)));
await show("read empty", () => ops.op_process_pipe_read(stdoutRid, new Uint8Array(0)));
await show("write childStdout", () => ops.op_process_pipe_write(stdoutRid, buf));
await show("write stdout's rid", () => ops.op_process_pipe_write(1, buf));
await show("write an ArrayBuffer", () => ops.op_process_pipe_write(stdinRid, buf.buffer));
await show("write empty", () => ops.op_process_pipe_write(stdinRid, new Uint8Array(0)));
// A read waits (cat has nothing to say yet); a second one is refused.
const shared = new Uint8Array(new SharedArrayBuffer(16));
const pending = ops.op_process_pipe_read(stdoutRid, shared);
await show("second read", () => ops.op_process_pipe_read(stdoutRid, buf));
await show("wait on a pipe", () => ops.op_process_wait(stdoutRid));
const status = ops.op_process_wait(rid);
await show("second wait", () => ops.op_process_wait(rid));
await show("kill a pipe", () => ops.op_process_child_kill(stdoutRid, "SIGTERM"));
await show("kill, no such signal", () => ops.op_process_child_kill(rid, "SIGNOPE"));
await show("ref stdin's rid", () => ops.op_process_ref(0, true));
await show("ref a string", () => ops.op_process_ref(String(rid), true));
await ops.op_process_pipe_write(stdinRid, new TextEncoder().encode("ping"));
const n = await pending;
print(`shared buffer round trip: ${new TextDecoder().decode(shared.slice(0, n))}`);
Toy.close(stdinRid);
print(`status: ${(await status).code}`);
Toy.close(stdoutRid);
