// A value of --inspect that is no address is an error in Deno's manner,
// exit code 1.
// needs: debugger
// expect: error: invalid value 'nope:x' for '--inspect[=<HOST_AND_PORT>]': invalid socket address syntax
// expect:
// expect: For more information, try '--help'.
// expect: exit code: 1
// perms: --allow-run --allow-read
const out = await new Toy.Command(Toy.execPath(), {
  args: ["--inspect=nope:x", "whatever.js"],
  stdin: "null",
}).output();
print(new TextDecoder().decode(out.stderr).trimEnd());
print(`exit code: ${out.code}`);
