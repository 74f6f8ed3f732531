// 09_fsx.js: the rest of Deno's file system API over the ops of op_fsx.c:
// stat and lstat, readDir, mkdir, remove, rename, realPath, makeTempDir
// and makeTempFile, copyFile, truncate, symlink. Each comes as an async function
// (its op runs on the threadpool) and a Sync one.
"use strict";
((core) => {
  const ops = core.ops;

  // A path is a string, or a file: URL (as Deno allows).
  function pathOf(path) {
    if (typeof path === "object" && path !== null && typeof path.href === "string" &&
        path.protocol === "file:") {
      return decodeURIComponent(path.pathname);
    }
    return String(path);
  }

  // The op's JSON as Deno's FileInfo: times become Dates (or null when the
  // file system does not keep them).
  function fileInfo(raw) {
    const date = (ms) => (ms === null ? null : new Date(ms));
    return {
      isFile: raw.isFile,
      isDirectory: raw.isDirectory,
      isSymlink: raw.isSymlink,
      size: raw.size,
      mtime: date(raw.mtime),
      atime: date(raw.atime),
      birthtime: date(raw.birthtime),
      dev: raw.dev,
      ino: raw.ino,
      mode: raw.mode,
      nlink: raw.nlink,
      uid: raw.uid,
      gid: raw.gid,
      rdev: raw.rdev,
      blksize: raw.blksize,
      blocks: raw.blocks,
      isBlockDevice: raw.isBlockDevice,
      isCharDevice: raw.isCharDevice,
      isFifo: raw.isFifo,
      isSocket: raw.isSocket,
    };
  }

  // readDir reads the whole directory in one op when iteration starts,
  // then hands out its entries; readDirSync is the entries' iterator.
  function readDir(path) {
    const name = pathOf(path);
    return {
      async *[Symbol.asyncIterator]() {
        yield* await ops.op_fs_read_dir(name);
      },
    };
  }

  function readDirSync(path) {
    return ops.op_fs_read_dir_sync(pathOf(path))[Symbol.iterator]();
  }

  // truncate's length, as Deno coerces it: missing or negative is 0.
  function lengthOf(len) {
    return !len || len < 0 ? 0 : Number(len);
  }

  // makeTemp*'s options; an empty dir means the system's temp directory.
  function tempArgs(options = {}) {
    const { dir, prefix, suffix } = options ?? {};
    return [dir == null ? "" : pathOf(dir), prefix == null ? "" : String(prefix),
      suffix == null ? "" : String(suffix)];
  }

  Object.assign(globalThis.Toy, {
    stat: async (path) => fileInfo(await ops.op_fs_stat(pathOf(path))),
    statSync: (path) => fileInfo(ops.op_fs_stat_sync(pathOf(path))),
    lstat: async (path) => fileInfo(await ops.op_fs_lstat(pathOf(path))),
    lstatSync: (path) => fileInfo(ops.op_fs_lstat_sync(pathOf(path))),
    readDir,
    readDirSync,
    mkdir: (path, options) =>
      ops.op_fs_mkdir(pathOf(path), !!options?.recursive, options?.mode ?? 0o777),
    mkdirSync: (path, options) =>
      ops.op_fs_mkdir_sync(pathOf(path), !!options?.recursive, options?.mode ?? 0o777),
    remove: (path, options) => ops.op_fs_remove(pathOf(path), !!options?.recursive),
    removeSync: (path, options) => ops.op_fs_remove_sync(pathOf(path), !!options?.recursive),
    rename: (from, to) => ops.op_fs_rename(pathOf(from), pathOf(to)),
    renameSync: (from, to) => ops.op_fs_rename_sync(pathOf(from), pathOf(to)),
    realPath: (path) => ops.op_fs_realpath(pathOf(path)),
    realPathSync: (path) => ops.op_fs_realpath_sync(pathOf(path)),
    makeTempDir: (options) => ops.op_fs_make_temp_dir(...tempArgs(options)),
    makeTempDirSync: (options) => ops.op_fs_make_temp_dir_sync(...tempArgs(options)),
    makeTempFile: (options) => ops.op_fs_make_temp_file(...tempArgs(options)),
    makeTempFileSync: (options) => ops.op_fs_make_temp_file_sync(...tempArgs(options)),
    copyFile: (from, to) => ops.op_fs_copy_file(pathOf(from), pathOf(to)),
    copyFileSync: (from, to) => ops.op_fs_copy_file_sync(pathOf(from), pathOf(to)),
    truncate: (path, len) => ops.op_fs_truncate(pathOf(path), lengthOf(len)),
    truncateSync: (path, len) => ops.op_fs_truncate_sync(pathOf(path), lengthOf(len)),
    symlink: (target, path) => ops.op_fs_symlink(pathOf(target), pathOf(path)),
    symlinkSync: (target, path) => ops.op_fs_symlink_sync(pathOf(target), pathOf(path)),
  });
})(globalThis.Toy.core);
