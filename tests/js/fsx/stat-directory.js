// stat on a directory: isDirectory, not isFile; a directory has at least
// two links (its name and its own ".").
// needs: fsx
// perms: --allow-read --allow-write
// expect: false true false
// expect: true
const dir = Toy.makeTempDirSync();
try {
  const info = Toy.statSync(dir);
  print(info.isFile, info.isDirectory, info.isSymlink);
  print(info.nlink >= 2);
} finally {
  Toy.removeSync(dir, { recursive: true });
}
