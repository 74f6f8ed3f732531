// rename moves a file to a new name; the old name is gone.
// needs: fsx
// perms: --allow-read --allow-write
// expect: moved
// expect: NotFound
const dir = Toy.makeTempDirSync();
try {
  Toy.writeTextFileSync(`${dir}/old`, "moved");
  await Toy.rename(`${dir}/old`, `${dir}/new`);
  print(Toy.readTextFileSync(`${dir}/new`));
  try {
    Toy.statSync(`${dir}/old`);
  } catch (e) {
    print(e.name);
  }
} finally {
  Toy.removeSync(dir, { recursive: true });
}
