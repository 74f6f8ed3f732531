// mkdir's mode option sets the new directory's permission bits.
// needs: fsx
// perms: --allow-read --allow-write
// expect: 700
const dir = Toy.makeTempDirSync();
try {
  Toy.mkdirSync(`${dir}/private`, { mode: 0o700 });
  print((Toy.statSync(`${dir}/private`).mode & 0o777).toString(8));
} finally {
  Toy.removeSync(dir, { recursive: true });
}
