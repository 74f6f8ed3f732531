// seek(offset, whence) moves the file position and resolves to the new
// position from the start: Start, Current and End as in Deno.SeekMode,
// with Start the default. Reads continue from there.
// needs: fs
// perms: --allow-read --allow-write
// expect: 0 1 2
// expect: 4 e
// expect: 7 h
// expect: 8 i
// expect: 5 f
// expect: 10 null
// expect: 20
const path = `/tmp/toyjs-test-seek-${Math.random().toString(36).slice(2)}.txt`;
Toy.writeTextFileSync(path, "abcdefghij");
print(Toy.SeekMode.Start, Toy.SeekMode.Current, Toy.SeekMode.End);
async function main() {
  const f = await Toy.open(path);
  const one = new Uint8Array(1);
  const show = async (pos) => {
    const n = await f.read(one);
    print(pos, n === null ? null : String.fromCharCode(one[0]));
  };
  await show(await f.seek(4, Toy.SeekMode.Start));
  await show(await f.seek(2, Toy.SeekMode.Current));
  await show(await f.seek(-2, Toy.SeekMode.End));
  await show(await f.seek(5));
  await show(await f.seek(0, Toy.SeekMode.End));
  print(await f.seek(20));   // past the end is allowed
  f.close();
}
main();
