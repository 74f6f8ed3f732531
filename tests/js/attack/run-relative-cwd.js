// A program named by a relative path runs from the child's cwd, not
// ours: "usr/bin/true" with cwd "/" is /usr/bin/true, which a grant of
// <here>/usr/bin/true (a path that does not even exist) must not cover.
// The check is made on the path that will run.
// needs: run
// perms: --allow-run=${DIR}/../../../usr/bin/true
// expect: relative+cwd: denied
// expect: relative-here: NotFound
import { attempt } from "./_attempt.js";
attempt("relative+cwd", () => new Toy.Command("usr/bin/true", { cwd: "/" }).outputSync().stdout);
attempt("relative-here", () => new Toy.Command("usr/bin/true").outputSync().stdout);
