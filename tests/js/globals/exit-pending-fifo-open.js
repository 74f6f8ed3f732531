// An uncaught error ends the program even while libuv's threadpool is
// still in an open() that waits for ever: a FIFO's reader waits for a
// writer, and this one has none. The runtime used to wait for that open
// before it exited, that is, for ever.
// needs: globals fsx run
// perms: --allow-run --allow-read --allow-write
// expect: opening
// expect-error: Uncaught Error: gave up
const dir = Toy.makeTempDirSync();
const fifo = `${dir}/fifo`;
const made = await new Toy.Command("mkfifo", { args: [fifo] }).output();
if (!made.success) throw new Error("mkfifo failed");
Toy.readTextFile(fifo).then((text) => print(`read ${text}`));
print("opening");
setTimeout(() => {
  Toy.removeSync(dir, { recursive: true });
  throw new Error("gave up");
}, 50);
