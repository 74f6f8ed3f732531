// stat on a file: a FileInfo saying it is a file, of its size, with the
// mode it was made with.
// needs: fsx
// perms: --allow-read --allow-write
// expect: true false false 5
// expect: 600
const dir = Toy.makeTempDirSync();
try {
  Toy.writeTextFileSync(`${dir}/a.txt`, "hello", { mode: 0o600 });
  const info = Toy.statSync(`${dir}/a.txt`);
  print(info.isFile, info.isDirectory, info.isSymlink, info.size);
  print((info.mode & 0o777).toString(8));
} finally {
  Toy.removeSync(dir, { recursive: true });
}
