// Each entry is { name, isFile, isDirectory, isSymlink }, as Deno's DirEntry.
// needs: fsx
// perms: --allow-read --allow-write
// expect: {"name":"f","isFile":true,"isDirectory":false,"isSymlink":false}
const dir = Toy.makeTempDirSync();
try {
  Toy.writeTextFileSync(`${dir}/f`, "");
  for (const e of Toy.readDirSync(dir)) print(JSON.stringify(e));
} finally {
  Toy.removeSync(dir, { recursive: true });
}
