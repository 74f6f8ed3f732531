// Removing a symlink to a directory, even with recursive, removes the link
// alone.
// needs: fsx
// perms: --allow-read --allow-write
// expect: link gone
// expect: target has 1 entry
const dir = Toy.makeTempDirSync();
try {
  Toy.mkdirSync(`${dir}/target`);
  Toy.writeTextFileSync(`${dir}/target/f`, "");
  Toy.symlinkSync(`${dir}/target`, `${dir}/link`);
  await Toy.remove(`${dir}/link`, { recursive: true });
  try {
    Toy.lstatSync(`${dir}/link`);
  } catch {
    print("link gone");
  }
  print(`target has ${[...Toy.readDirSync(`${dir}/target`)].length} entry`);
} finally {
  Toy.removeSync(dir, { recursive: true });
}
