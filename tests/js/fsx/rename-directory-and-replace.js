// renameSync moves a directory with its contents, and replaces a file that
// already has the new name.
// needs: fsx
// perms: --allow-read --allow-write
// expect: inside
// expect: second
const dir = Toy.makeTempDirSync();
try {
  Toy.mkdirSync(`${dir}/a`);
  Toy.writeTextFileSync(`${dir}/a/f`, "inside");
  Toy.renameSync(`${dir}/a`, `${dir}/b`);
  print(Toy.readTextFileSync(`${dir}/b/f`));
  Toy.writeTextFileSync(`${dir}/one`, "first");
  Toy.writeTextFileSync(`${dir}/two`, "second");
  Toy.renameSync(`${dir}/two`, `${dir}/one`);
  print(Toy.readTextFileSync(`${dir}/one`));
} finally {
  Toy.removeSync(dir, { recursive: true });
}
