// copyFile's errors name both paths: a missing source, and a directory as
// source (Deno's TypeError).
// needs: fsx
// perms: --allow-read --allow-write
// expect: NotFound: No such file or directory (os error 2): copy 'DIR/nope' -> 'DIR/b'
// expect: TypeError: the source path is neither a regular file nor a symlink to a regular file: copy 'DIR' -> 'DIR/b'
const dir = Toy.makeTempDirSync();
try {
  for (const from of [`${dir}/nope`, dir]) {
    try {
      await Toy.copyFile(from, `${dir}/b`);
    } catch (e) {
      print(`${e.name}: ${e.message.replaceAll(dir, "DIR")}`);
    }
  }
} finally {
  Toy.removeSync(dir, { recursive: true });
}
