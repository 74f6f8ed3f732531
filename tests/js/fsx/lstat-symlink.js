// lstat describes a symlink itself; stat follows it to the file.
// needs: fsx
// perms: --allow-read --allow-write
// expect: lstat false true
// expect: stat true false 4
const dir = Toy.makeTempDirSync();
try {
  Toy.writeTextFileSync(`${dir}/target`, "data");
  Toy.symlinkSync(`${dir}/target`, `${dir}/link`);
  const l = await Toy.lstat(`${dir}/link`);
  print("lstat", l.isFile, l.isSymlink);
  const s = Toy.statSync(`${dir}/link`);
  print("stat", s.isFile, s.isSymlink, s.size);
} finally {
  Toy.removeSync(dir, { recursive: true });
}
