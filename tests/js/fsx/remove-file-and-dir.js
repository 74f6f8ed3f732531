// remove deletes a file, and an empty directory, without needing recursive.
// needs: fsx
// perms: --allow-read --allow-write
// expect: []
const dir = Toy.makeTempDirSync();
try {
  Toy.writeTextFileSync(`${dir}/f`, "x");
  Toy.mkdirSync(`${dir}/d`);
  await Toy.remove(`${dir}/f`);
  Toy.removeSync(`${dir}/d`);
  print(JSON.stringify([...Toy.readDirSync(dir)]));
} finally {
  Toy.removeSync(dir, { recursive: true });
}
