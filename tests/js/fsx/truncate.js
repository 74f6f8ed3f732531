// truncate cuts a file to len bytes, extends it with zeros, and with no len
// empties it.
// needs: fsx
// perms: --allow-read --allow-write
// expect: hel
// expect: 5 104,101,108,0,0
// expect: 0
const dir = Toy.makeTempDirSync();
try {
  const f = `${dir}/f`;
  Toy.writeTextFileSync(f, "hello");
  await Toy.truncate(f, 3);
  print(Toy.readTextFileSync(f));
  Toy.truncateSync(f, 5);
  const bytes = Toy.readFileSync(f);
  print(bytes.length, bytes.join(","));
  Toy.truncateSync(f);
  print(Toy.statSync(f).size);
} finally {
  Toy.removeSync(dir, { recursive: true });
}
