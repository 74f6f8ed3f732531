// readDirSync lists a directory's entries (never . or ..) with their types.
// needs: fsx
// perms: --allow-read --allow-write
// expect: a.txt file
// expect: b.txt file
// expect: sub dir
const dir = Toy.makeTempDirSync();
try {
  Toy.writeTextFileSync(`${dir}/b.txt`, "");
  Toy.writeTextFileSync(`${dir}/a.txt`, "");
  Toy.mkdirSync(`${dir}/sub`);
  const entries = [...Toy.readDirSync(dir)].sort((x, y) => (x.name < y.name ? -1 : 1));
  for (const e of entries) print(e.name, e.isFile ? "file" : e.isDirectory ? "dir" : "?");
} finally {
  Toy.removeSync(dir, { recursive: true });
}
