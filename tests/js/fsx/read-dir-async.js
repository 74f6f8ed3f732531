// readDir is an async iterable: for await gives the same entries.
// needs: fsx
// perms: --allow-read --allow-write
// expect: false
// expect: one two
const dir = Toy.makeTempDirSync();
try {
  Toy.writeTextFileSync(`${dir}/one`, "1");
  Toy.mkdirSync(`${dir}/two`);
  const it = Toy.readDir(dir);
  print(Symbol.iterator in it);
  const names = [];
  for await (const entry of it) names.push(entry.name);
  print(names.sort().join(" "));
} finally {
  await Toy.remove(dir, { recursive: true });
}
