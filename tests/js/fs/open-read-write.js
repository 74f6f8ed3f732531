// {read, write} opens one descriptor for both: write, seek back, read
// what was written.
// needs: fs
// perms: --allow-read --allow-write
// expect: 5 0 5 hello
const path = `/tmp/toyjs-test-open-rw-${Math.random().toString(36).slice(2)}.txt`;
async function main() {
  const f = await Toy.open(path, { read: true, write: true, create: true });
  const w = await f.write(Uint8Array.from("hello", (c) => c.charCodeAt(0)));
  const pos = await f.seek(0, Toy.SeekMode.Start);
  const buf = new Uint8Array(16);
  const r = await f.read(buf);
  print(w, pos, r, String.fromCharCode(...buf.subarray(0, r)));
  f.close();
}
main();
