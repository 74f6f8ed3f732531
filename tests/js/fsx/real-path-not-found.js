// realPath of a missing path is NotFound, naming realpath.
// needs: fsx
// perms: --allow-read --allow-write
// expect: NotFound: No such file or directory (os error 2): realpath 'DIR/nope'
const dir = Toy.makeTempDirSync();
try {
  await Toy.realPath(`${dir}/nope`);
} catch (e) {
  print(`${e.name}: ${e.message.replaceAll(dir, "DIR")}`);
} finally {
  Toy.removeSync(dir, { recursive: true });
}
