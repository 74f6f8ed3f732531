// mkdir makes one directory; by default with mode 0o777 less the umask.
// needs: fsx
// perms: --allow-read --allow-write
// expect: true true
const dir = Toy.makeTempDirSync();
try {
  await Toy.mkdir(`${dir}/a`);
  Toy.mkdirSync(`${dir}/b`);
  print(Toy.statSync(`${dir}/a`).isDirectory, Toy.statSync(`${dir}/b`).isDirectory);
} finally {
  Toy.removeSync(dir, { recursive: true });
}
