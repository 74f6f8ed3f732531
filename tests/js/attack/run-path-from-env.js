// --allow-run=true grants the true found on our PATH when the runtime
// starts. A PATH given in the child's env must not swap in another
// program of that name: the name is looked up on the child's PATH, as
// the child would, and the path found is what is checked (and run).
// needs: run
// perms: --allow-run=true
// expect: own PATH: ALLOWED (0 bytes)
// expect: evil PATH: denied
// expect: evil PATH, async: denied
// expect: evil path: denied
import { attempt, attemptAsync, FIX } from "./_attempt.js";
const evil = { PATH: FIX + "/run/evil-bin" };
attempt("own PATH", () => new Toy.Command("true").outputSync().stdout);
attempt("evil PATH", () => new Toy.Command("true", { env: evil }).outputSync().stdout);
await attemptAsync("evil PATH, async", async () => (await new Toy.Command("true", { env: evil }).output()).stdout);
attempt("evil path", () => new Toy.Command(FIX + "/run/evil-bin/true").outputSync().stdout);
