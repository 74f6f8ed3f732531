// Toy.exit ends the program even while a read waits on libuv's
// threadpool for bytes that never come: here a FIFO the program holds
// open for writing itself and never writes to. The runtime used to wait
// for that read before it exited, that is, for ever.
// needs: globals fsx run
// perms: --allow-run --allow-read --allow-write
// expect: reading
// expect-exit: 3
const dir = Toy.makeTempDirSync();
const fifo = `${dir}/fifo`;
const made = await new Toy.Command("mkfifo", { args: [fifo] }).output();
if (!made.success) throw new Error("mkfifo failed");
// Read and write: the open does not wait for a writer, and the read
// never sees the end, since this program is a writer.
const file = await Toy.open(fifo, { read: true, write: true });
Toy.removeSync(dir, { recursive: true });
file.read(new Uint8Array(16)).then((n) => print(`read ${n}`));
print("reading");
setTimeout(() => Toy.exit(3), 50);
