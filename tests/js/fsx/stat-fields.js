// A FileInfo has Deno's fields, in Deno's order.
// needs: fsx
// perms: --allow-read --allow-write
// expect: isFile isDirectory isSymlink size mtime atime birthtime dev ino mode nlink uid gid rdev blksize blocks isBlockDevice isCharDevice isFifo isSocket
const dir = Toy.makeTempDirSync();
try {
  print(Object.keys(Toy.statSync(dir)).join(" "));
} finally {
  Toy.removeSync(dir, { recursive: true });
}
