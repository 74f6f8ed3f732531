// { stdin } is written to the first command's stdin, which is then
// closed, so the command sees its end: a string (as UTF-8) or a
// Uint8Array. Without it, the first command's stdin is empty ("null"),
// never the program's own. One command alone is a pipeline too.
// needs: pipes
// perms: --allow-run
// expect: string: APPLE|PEAR
// expect: UTF-8: 5
// expect: bytes: 6
// expect: none: 0 bytes, success: true
const dec = new TextDecoder();
const up = await Toy.pipeline([["sort"], ["tr", "a-z", "A-Z"]], { stdin: "pear\napple\n" });
print("string:", dec.decode(up.stdout).trim().split("\n").join("|"));
const utf8 = await Toy.pipeline([["wc", "-c"]], { stdin: "été" });
print("UTF-8:", dec.decode(utf8.stdout).trim());
const count = await Toy.pipeline([["cat"], ["wc", "-c"]], { stdin: new Uint8Array([0, 1, 2, 255, 10, 0]) });
print("bytes:", dec.decode(count.stdout).trim());
const none = await Toy.pipeline([["cat"]]);
print(`none: ${none.stdout.length} bytes, success: ${none.success}`);
