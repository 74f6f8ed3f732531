// With read access to the working directory (granted as "."), Toy.cwd()
// returns its absolute path: the repository root the tests run from.
// needs: perms
// perms: --allow-read=.
// expect: true
const here = decodeURIComponent(import.meta.url.replace(/^file:\/\//, "").replace(/\/[^/]*$/, ""));
const root = here.replace(/\/tests\/js\/permissions$/, "");
print(Toy.cwd() === root || Toy.cwd());
