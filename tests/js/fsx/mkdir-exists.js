// mkdir on an existing name fails with AlreadyExists, unless recursive and
// the name is a directory.
// needs: fsx
// perms: --allow-read --allow-write
// expect: AlreadyExists: File exists (os error 17): mkdir 'DIR/a'
// expect: recursive ok
const dir = Toy.makeTempDirSync();
try {
  Toy.mkdirSync(`${dir}/a`);
  try {
    await Toy.mkdir(`${dir}/a`);
  } catch (e) {
    print(`${e.name}: ${e.message.replaceAll(dir, "DIR")}`);
  }
  Toy.mkdirSync(`${dir}/a`, { recursive: true });
  print("recursive ok");
} finally {
  Toy.removeSync(dir, { recursive: true });
}
