// makeTempDir makes a new, private (0o700) directory and returns its path;
// two calls never return the same one.
// needs: fsx
// perms: --allow-read --allow-write
// expect: true 700
// expect: false
const a = await Toy.makeTempDir();
const b = Toy.makeTempDirSync();
try {
  const info = Toy.statSync(a);
  print(info.isDirectory, (info.mode & 0o777).toString(8));
  print(a === b);
} finally {
  Toy.removeSync(a, { recursive: true });
  Toy.removeSync(b, { recursive: true });
}
