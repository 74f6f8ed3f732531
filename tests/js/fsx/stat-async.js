// Toy.stat is the async form: a promise of the same FileInfo statSync gives.
// needs: fsx
// perms: --allow-read --allow-write
// expect: true
// expect: true 3 true
const dir = await Toy.makeTempDir();
try {
  Toy.writeTextFileSync(`${dir}/f`, "abc");
  const pending = Toy.stat(`${dir}/f`);
  print(pending instanceof Promise);
  const info = await pending;
  print(info.isFile, info.size, info.ino === Toy.statSync(`${dir}/f`).ino);
} finally {
  await Toy.remove(dir, { recursive: true });
}
