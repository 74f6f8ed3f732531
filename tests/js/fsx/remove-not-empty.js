// remove refuses a directory with something in it unless recursive.
// needs: fsx
// perms: --allow-read --allow-write
// expect: Error: Directory not empty (os error 39): remove 'DIR/d'
// expect: true
const dir = Toy.makeTempDirSync();
try {
  Toy.mkdirSync(`${dir}/d`);
  Toy.writeTextFileSync(`${dir}/d/f`, "");
  try {
    Toy.removeSync(`${dir}/d`);
  } catch (e) {
    print(`${e.name}: ${e.message.replaceAll(dir, "DIR")}`);
  }
  print(Toy.statSync(`${dir}/d/f`).isFile);
} finally {
  Toy.removeSync(dir, { recursive: true });
}
