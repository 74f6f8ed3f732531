// makeTempFile makes an empty file only its owner can read and write.
// needs: fsx
// perms: --allow-read --allow-write
// expect: true 0 600
// expect: 2
const dir = Toy.makeTempDirSync();
try {
  const a = Toy.makeTempFileSync({ dir });
  const b = await Toy.makeTempFile({ dir });
  const info = Toy.statSync(a);
  print(info.isFile, info.size, (info.mode & 0o777).toString(8));
  print(new Set([a, b]).size);
} finally {
  Toy.removeSync(dir, { recursive: true });
}
