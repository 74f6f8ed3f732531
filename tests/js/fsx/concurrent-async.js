// Many async fs ops at once run on the threadpool and all settle, each
// with its own result.
// needs: fsx
// perms: --allow-read --allow-write
// expect: 50 dirs
// expect: 50 stats
// expect: 50 removed
const dir = await Toy.makeTempDir();
try {
  const names = Array.from({ length: 50 }, (_, i) => `${dir}/d${i}`);
  await Promise.all(names.map((n) => Toy.mkdir(n)));
  print(`${[...Toy.readDirSync(dir)].length} dirs`);
  const infos = await Promise.all(names.map((n) => Toy.stat(n)));
  print(`${infos.filter((i) => i.isDirectory).length} stats`);
  await Promise.all(names.map((n) => Toy.remove(n)));
  print(`${50 - [...Toy.readDirSync(dir)].length} removed`);
} finally {
  await Toy.remove(dir, { recursive: true });
}
