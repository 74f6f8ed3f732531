// A failed rename names both paths, as Deno does: 'from' -> 'to'.
// needs: fsx
// perms: --allow-read --allow-write
// expect: NotFound: No such file or directory (os error 2): rename 'DIR/a' -> 'DIR/b'
const dir = Toy.makeTempDirSync();
try {
  Toy.renameSync(`${dir}/a`, `${dir}/b`);
} catch (e) {
  print(`${e.name}: ${e.message.replaceAll(dir, "DIR")}`);
} finally {
  Toy.removeSync(dir, { recursive: true });
}
