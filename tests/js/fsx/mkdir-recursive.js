// mkdir with recursive makes every missing directory along the path, each
// with the mode given.
// needs: fsx
// perms: --allow-read --allow-write
// expect: true
// expect: 700 700 700
const dir = Toy.makeTempDirSync();
try {
  await Toy.mkdir(`${dir}/a/b/c`, { recursive: true, mode: 0o700 });
  print(Toy.statSync(`${dir}/a/b/c`).isDirectory);
  const mode = (p) => (Toy.statSync(p).mode & 0o777).toString(8);
  print(mode(`${dir}/a`), mode(`${dir}/a/b`), mode(`${dir}/a/b/c`));
} finally {
  Toy.removeSync(dir, { recursive: true });
}
