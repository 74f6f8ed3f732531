// Wrong arguments reject with a TypeError: no commands, a command that is
// not a non-empty array, stdin that is neither a string nor a Uint8Array.
// A command that cannot start rejects with its error from spawn, and the
// commands started before it are killed: the program ends at once,
// rather than wait for sleep.
// needs: pipes
// perms: --allow-run
// expect: []: TypeError
// expect: "ls": TypeError
// expect: [[]]: TypeError
// expect: [["ls"], "wc"]: TypeError
// expect: stdin 42: TypeError
// expect: missing program: NotFound
// expect: done
async function attempt(label, ...args) {
  try {
    await Toy.pipeline(...args);
    print(`${label}: resolved`);
  } catch (e) {
    print(`${label}: ${e.name}`);
  }
}
await attempt("[]", []);
await attempt('"ls"', "ls");
await attempt("[[]]", [[]]);
await attempt('[["ls"], "wc"]', [["ls"], "wc"]);
await attempt("stdin 42", [["cat"]], { stdin: 42 });
await attempt("missing program", [["sleep", "600"], ["toyjs-no-such-program"]]);
print("done");
