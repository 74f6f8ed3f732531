// An empty directory has no entries, sync or async.
// needs: fsx
// perms: --allow-read --allow-write
// expect: 0 0
const dir = Toy.makeTempDirSync();
try {
  let n = 0;
  for await (const _ of Toy.readDir(dir)) n++;
  print([...Toy.readDirSync(dir)].length, n);
} finally {
  Toy.removeSync(dir, { recursive: true });
}
