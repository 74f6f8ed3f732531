// symlink makes a link that may dangle; an existing name is AlreadyExists,
// naming both paths.
// needs: fsx
// perms: --allow-read --allow-write
// expect: true
// expect: AlreadyExists: File exists (os error 17): symlink 'DIR/nowhere' -> 'DIR/link'
const dir = Toy.makeTempDirSync();
try {
  await Toy.symlink(`${dir}/nowhere`, `${dir}/link`);
  print(Toy.lstatSync(`${dir}/link`).isSymlink);
  Toy.symlinkSync(`${dir}/nowhere`, `${dir}/link`);
} catch (e) {
  print(`${e.name}: ${e.message.replaceAll(dir, "DIR")}`);
} finally {
  Toy.removeSync(dir, { recursive: true });
}
