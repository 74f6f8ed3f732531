// Many times what a pipe holds (64 KiB) goes through three cats: the
// input is written while the pipes between the commands are pumped and
// the last stdout is read, all at once. Writing all the input before
// reading would wait forever: the last cat stops once nobody reads it,
// and so, one by one, do the others.
// needs: pipes
// perms: --allow-run
// expect: length: 4194304
// expect: same bytes: true
const size = 4 * 1024 * 1024;
const input = new Uint8Array(size);
for (let i = 0; i < size; i++) input[i] = (i * 7 + (i >> 12)) & 255;
const out = await Toy.pipeline([["cat"], ["cat"], ["cat"]], { stdin: input });
print("length:", out.stdout.length);
let same = out.stdout.length === size;
for (let i = 0; same && i < size; i++) same = out.stdout[i] === input[i];
print("same bytes:", same);
