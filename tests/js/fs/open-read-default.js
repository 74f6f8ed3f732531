// Toy.open(path) with no options opens for reading and resolves to an
// FsFile; read(buffer) fills the buffer and gives the count, then null at
// the end of the file.
// needs: fs
// perms: --allow-read --allow-write
// expect: true true
// expect: 4 abcd
// expect: 2 ef
// expect: null
// expect: null
const path = `/tmp/toyjs-test-open-read-${Math.random().toString(36).slice(2)}.txt`;
Toy.writeTextFileSync(path, "abcdef");
async function main() {
  const f = await Toy.open(path);
  print(f instanceof Toy.FsFile, typeof f.rid === "number");
  const buf = new Uint8Array(4);
  let n = await f.read(buf);
  print(n, String.fromCharCode(...buf.subarray(0, n)));
  n = await f.read(buf);
  print(n, String.fromCharCode(...buf.subarray(0, n)));
  print(await f.read(buf));
  print(await f.read(buf));
  f.close();
}
main();
