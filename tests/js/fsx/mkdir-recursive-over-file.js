// A recursive mkdir still fails where a file stands: at the end of the
// path (AlreadyExists) or along it (NotADirectory).
// needs: fsx
// perms: --allow-read --allow-write
// expect: AlreadyExists: File exists (os error 17): mkdir 'DIR/f'
// expect: NotADirectory: Not a directory (os error 20): mkdir 'DIR/f/sub'
const dir = Toy.makeTempDirSync();
try {
  Toy.writeTextFileSync(`${dir}/f`, "");
  for (const p of [`${dir}/f`, `${dir}/f/sub`]) {
    try {
      Toy.mkdirSync(p, { recursive: true });
    } catch (e) {
      print(`${e.name}: ${e.message.replaceAll(dir, "DIR")}`);
    }
  }
} finally {
  Toy.removeSync(dir, { recursive: true });
}
