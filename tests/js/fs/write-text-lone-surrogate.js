// A lone surrogate cannot be encoded as UTF-8: writeTextFile writes U+FFFD
// (ef bf bd) in its place, as Deno's TextEncoder does.
// needs: fs
// perms: --allow-read --allow-write
// expect: 61,ef,bf,bd,62
const path = `/tmp/toyjs-test-surrogate-${Math.random().toString(36).slice(2)}.txt`;
Toy.writeTextFileSync(path, "a\ud800b");
print(Array.from(Toy.readFileSync(path), (b) => b.toString(16)).join());
