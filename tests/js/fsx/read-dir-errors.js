// readDir on a missing path or a file fails as Deno does, with readdir
// and the path in the message; the async form fails when iterated.
// needs: fsx
// perms: --allow-read --allow-write
// expect: NotFound: No such file or directory (os error 2): readdir 'DIR/nope'
// expect: NotADirectory: Not a directory (os error 20): readdir 'DIR/file'
const dir = Toy.makeTempDirSync();
try {
  Toy.writeTextFileSync(`${dir}/file`, "");
  try {
    Toy.readDirSync(`${dir}/nope`);
  } catch (e) {
    print(`${e.name}: ${e.message.replaceAll(dir, "DIR")}`);
  }
  try {
    for await (const _ of Toy.readDir(`${dir}/file`)) print("entry?");
  } catch (e) {
    print(`${e.name}: ${e.message.replaceAll(dir, "DIR")}`);
  }
} finally {
  Toy.removeSync(dir, { recursive: true });
}
