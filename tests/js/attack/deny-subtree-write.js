// A denial inside a grant wins, also for an op on a whole subtree. With
// --allow-write=a and --deny-write for a/keep, a/pN/keep and a/w/keep, a
// recursive remove of a or a/p3 would delete a denied folder, renaming
// a/p1 moves a/p1/keep out from under its rule, and renaming a/x to a/w
// would write x's keep/ at a/w/keep. Each is refused, and nothing
// changes; the same ops elsewhere in a still work.
// needs: fsx run perms
// perms: --allow-read --allow-write --allow-run
// expect: rename-tree-under-rule: denied
// expect: rename-parent-out: denied
// expect: rename-parent-out-async: denied
// expect: remove-parent: denied
// expect: remove-elsewhere: ALLOWED (undefined)
// expect: rename-elsewhere: ALLOWED (undefined)
// expect: remove-grant-async: denied
// expect: remove-grant: denied
// expect: keep p1/keep p2/keep p3/keep x/keep
// expect: a/w: NotFound
import { freshDir, runChild } from "./_child.js";
import { attempt } from "./_attempt.js";
const dir = freshDir();
try {
  const a = `${dir}/a`;
  const kept = ["keep", "p1/keep", "p2/keep", "p3/keep", "x/keep"];
  for (const d of [...kept, "free/sub", "free2"]) Toy.mkdirSync(`${a}/${d}`, { recursive: true });
  for (const d of kept) Toy.writeTextFileSync(`${a}/${d}/file.txt`, d);
  await runChild("deny-subtree-write.js", [`--allow-read=${a}`, `--allow-write=${a}`,
    `--deny-write=${["keep", "p1/keep", "p2/keep", "p3/keep", "w/keep"].map((d) => `${a}/${d}`)}`],
  [a]);
  const still = kept.filter((d) => {
    try {
      return Toy.readTextFileSync(`${a}/${d}/file.txt`) === d;
    } catch {
      return false;
    }
  });
  print(still.join(" "));
  attempt("a/w", () => Toy.statSync(`${a}/w`));
} finally {
  Toy.removeSync(dir, { recursive: true });
}
