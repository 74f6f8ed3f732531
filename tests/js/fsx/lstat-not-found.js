// lstat's error names lstat, and the async form rejects with it.
// needs: fsx
// perms: --allow-read --allow-write
// expect: NotFound: No such file or directory (os error 2): lstat 'DIR/gone'
const dir = Toy.makeTempDirSync();
try {
  await Toy.lstat(`${dir}/gone`);
} catch (e) {
  print(`${e.name}: ${e.message.replaceAll(dir, "DIR")}`);
} finally {
  Toy.removeSync(dir, { recursive: true });
}
