// Command refuses options it could only pass on changed: args that are
// not a list, a NUL byte anywhere (C would cut the string there, and the
// op's NUL-separated lists would split it), an environment variable name
// that is empty or holds "=". An iterable of arguments is fine.
// needs: run
// perms: --allow-run=echo
// expect: TypeError: Command: args must be an array of strings
// expect: TypeError: Command: an argument contains a NUL byte
// expect: TypeError: Command: invalid environment variable name: 'A=B'
// expect: TypeError: Command: invalid environment variable name: ''
// expect: TypeError: Command: an environment variable contains a NUL byte
// expect: TypeError: Command: cwd contains a NUL byte
// expect: TypeError: Command: the program contains a NUL byte
// expect: from a Set: x y
const cases = [
  ["echo", { args: "not a list" }],
  ["echo", { args: ["a\0b"] }],
  ["echo", { env: { "A=B": "1" } }],
  ["echo", { env: { "": "1" } }],
  ["echo", { env: { A: "x\0y" } }],
  ["echo", { cwd: "/tmp\0x" }],
  ["ec\0ho", {}],
];
for (const [program, options] of cases) {
  try {
    await new Toy.Command(program, options).output();
    console.log("ran?");
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
}
const out = await new Toy.Command("echo", { args: new Set(["x", "y"]) }).output();
console.log("from a Set:", new TextDecoder().decode(out.stdout).trim());
