// A symlink in a directory is listed as a symlink, not as what it points to.
// needs: fsx
// perms: --allow-read --allow-write
// expect: link false false true
// expect: real false true false
const dir = Toy.makeTempDirSync();
try {
  Toy.mkdirSync(`${dir}/real`);
  Toy.symlinkSync(`${dir}/real`, `${dir}/link`);
  const entries = [...Toy.readDirSync(dir)].sort((x, y) => (x.name < y.name ? -1 : 1));
  for (const e of entries) print(e.name, e.isFile, e.isDirectory, e.isSymlink);
} finally {
  Toy.removeSync(dir, { recursive: true });
}
