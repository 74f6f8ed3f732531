// The Unix fields are numbers: uid and gid are the owner's, blocks count what
// the data takes, and dev and ino together name the file.
// needs: fsx
// perms: --allow-read --allow-write
// expect: true
// expect: true
// expect: true
// expect: false
const dir = Toy.makeTempDirSync();
try {
  Toy.writeFileSync(`${dir}/a`, new Uint8Array(10000));
  Toy.writeFileSync(`${dir}/b`, new Uint8Array(1));
  const a = Toy.statSync(`${dir}/a`), b = Toy.statSync(`${dir}/b`);
  const fields = ["dev", "ino", "mode", "nlink", "uid", "gid", "rdev", "blksize", "blocks"];
  print(fields.every((f) => Number.isInteger(a[f]) && a[f] >= 0));
  print(a.blocks * 512 >= 10000 && a.blksize > 0);
  print(a.dev === b.dev && a.uid === b.uid);
  print(a.ino === b.ino);
} finally {
  Toy.removeSync(dir, { recursive: true });
}
