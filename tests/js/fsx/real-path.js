// realPath resolves symlinks and .. into the absolute path; a relative path
// is taken from the working directory.
// needs: fsx
// perms: --allow-read --allow-write
// expect: true
// expect: true
// expect: true
const dir = Toy.realPathSync(Toy.makeTempDirSync());
try {
  Toy.mkdirSync(`${dir}/real/sub`, { recursive: true });
  Toy.symlinkSync(`${dir}/real`, `${dir}/link`);
  print((await Toy.realPath(`${dir}/link/sub/..`)) === `${dir}/real`);
  print(Toy.realPathSync(`${dir}/link/./sub`) === `${dir}/real/sub`);
  print(Toy.realPathSync(".") === Toy.cwd());
} finally {
  Toy.removeSync(dir, { recursive: true });
}
