// Without recursive, mkdir needs the parent to exist.
// needs: fsx
// perms: --allow-read --allow-write
// expect: NotFound: No such file or directory (os error 2): mkdir 'DIR/x/y'
const dir = Toy.makeTempDirSync();
try {
  Toy.mkdirSync(`${dir}/x/y`);
} catch (e) {
  print(`${e.name}: ${e.message.replaceAll(dir, "DIR")}`);
} finally {
  Toy.removeSync(dir, { recursive: true });
}
