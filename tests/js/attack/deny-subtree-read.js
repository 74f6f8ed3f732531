// A --deny-read folder inside a grant cannot be carried out from under its
// rule: with --allow-read=a --allow-write=a --deny-read=a/p1/secret,
// renaming a/p1 (which the grant allows, on its own) would make the secret
// readable at a/q1/secret. The rename is refused, so the secret stays
// where its rule is; renaming a folder with nothing denied in it works.
// needs: fsx run perms
// perms: --allow-read --allow-write --allow-run
// expect: rename-parent: denied
// expect: rename-parent-async: denied
// expect: read-moved: NotFound
// expect: read-moved-async: NotFound
// expect: rename-elsewhere: ALLOWED (undefined)
// expect: a/p1/secret/s.txt: ALLOWED (6 bytes)
// expect: a/p2/secret/s.txt: ALLOWED (6 bytes)
import { freshDir, runChild } from "./_child.js";
import { attempt } from "./_attempt.js";
const dir = freshDir();
try {
  const a = `${dir}/a`;
  for (const p of ["p1", "p2"]) {
    Toy.mkdirSync(`${a}/${p}/secret`, { recursive: true });
    Toy.writeTextFileSync(`${a}/${p}/secret/s.txt`, "secret");
  }
  Toy.mkdirSync(`${a}/other`);
  await runChild("deny-subtree-read.js", [`--allow-read=${a}`, `--allow-write=${a}`,
    `--deny-read=${a}/p1/secret,${a}/p2/secret`], [a]);
  for (const p of ["p1", "p2"]) {
    attempt(`a/${p}/secret/s.txt`, () => Toy.readTextFileSync(`${a}/${p}/secret/s.txt`));
  }
} finally {
  Toy.removeSync(dir, { recursive: true });
}
