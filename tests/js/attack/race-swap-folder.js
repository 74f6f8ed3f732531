// Check, then open elsewhere: every file op is checked on the JS thread and
// done later on libuv's threadpool. A script with --allow-read=a
// --allow-write=a starts each op on a/d/sub/... while a/d is a real folder,
// then, before the ops run, renames a/e (whose sub is a symlink out of a)
// to a/d. Each op must refuse the link it was never checked against, and
// nothing outside a may be read, written, made or removed. The ordering is
// certain, not timed: the threadpool is held (holdThreadpool in
// _attempt.js) until the swap is done.
// needs: fsx run perms
// perms: --allow-read --allow-write --allow-run
// expect: readTextFile: denied
// expect: readFile: denied
// expect: open: denied
// expect: writeTextFile: denied
// expect: openCreate: denied
// expect: stat: denied
// expect: lstat: denied
// expect: realPath: denied
// expect: readDir: denied
// expect: truncate: denied
// expect: remove: denied
// expect: removeTree: denied
// expect: mkdir: denied
// expect: mkdirAll: denied
// expect: renameOut: denied
// expect: renameIn: denied
// expect: copyOut: denied
// expect: copyIn: denied
// expect: makeTempFile: denied
// expect: makeTempDir: denied
// expect: outside unchanged
import { freshDir, mkfifo, runChild, snapshot } from "./_child.js";
const dir = freshDir();
try {
  const out = `${dir}/outside`;
  Toy.mkdirSync(`${out}/inner`, { recursive: true });
  Toy.writeTextFileSync(`${out}/secret.txt`, "secret");
  Toy.writeTextFileSync(`${out}/victim.txt`, "victim");
  Toy.writeTextFileSync(`${out}/victim2.txt`, "victim");
  Toy.writeTextFileSync(`${out}/inner/deep.txt`, "deep");
  const a = `${dir}/a`;
  Toy.mkdirSync(`${a}/d/sub`, { recursive: true });
  Toy.mkdirSync(`${a}/e`);
  Toy.symlinkSync(out, `${a}/e/sub`);
  Toy.writeTextFileSync(`${a}/mine.txt`, "mine");
  mkfifo(`${a}/hold.fifo`);
  const before = snapshot(out).join("\n");
  await runChild("swap-race.js", [`--allow-read=${a}`, `--allow-write=${a}`], [a, "4"],
    { UV_THREADPOOL_SIZE: "4" });
  const after = snapshot(out).join("\n");
  print(after === before ? "outside unchanged" : `outside changed:\n${after}`);
} finally {
  Toy.removeSync(dir, { recursive: true });
}
