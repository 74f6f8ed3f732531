// A denied async op rejects its promise with PermissionDenied, the same error
// the sync form throws.
// needs: fsx
// perms: --allow-write
// expect: true PermissionDenied
// expect: PermissionDenied
const dir = await Toy.makeTempDir();
try {
  const p = Toy.stat(dir);
  print(p instanceof Promise, await p.then(() => "allowed?", (e) => e.name));
  try {
    for await (const _ of Toy.readDir(dir)) print("entry?");
  } catch (e) {
    print(e.name);
  }
} finally {
  await Toy.remove(dir, { recursive: true });
}
