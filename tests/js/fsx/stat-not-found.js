// stat on a missing path throws Deno's NotFound, naming the call and the path.
// needs: fsx
// perms: --allow-read --allow-write
// expect: NotFound true
// expect: No such file or directory (os error 2): stat 'DIR/nope'
const dir = Toy.makeTempDirSync();
try {
  Toy.statSync(`${dir}/nope`);
} catch (e) {
  print(e.name, e instanceof Toy.errors.NotFound);
  print(e.message.replaceAll(dir, "DIR"));
} finally {
  Toy.removeSync(dir, { recursive: true });
}
