// remove on a missing path is NotFound, naming remove.
// needs: fsx
// perms: --allow-read --allow-write
// expect: NotFound: No such file or directory (os error 2): remove 'DIR/nope'
const dir = Toy.makeTempDirSync();
try {
  await Toy.remove(`${dir}/nope`, { recursive: true });
} catch (e) {
  print(`${e.name}: ${e.message.replaceAll(dir, "DIR")}`);
} finally {
  Toy.removeSync(dir, { recursive: true });
}
