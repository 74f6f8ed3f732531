// readDirSync returns an iterator: once walked, it is used up.
// needs: fsx
// perms: --allow-read --allow-write
// expect: 1 0
// expect: function
const dir = Toy.makeTempDirSync();
try {
  Toy.writeTextFileSync(`${dir}/x`, "");
  const it = Toy.readDirSync(dir);
  print([...it].length, [...it].length);
  print(typeof it.next);
} finally {
  Toy.removeSync(dir, { recursive: true });
}
