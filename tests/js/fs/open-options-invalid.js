// Option combinations that cannot work are refused before anything is
// opened, with Deno's messages and class (a plain Error): create or createNew without write or
// append, truncate without write, and no access mode at all.
// needs: fs
// perms: --allow-read --allow-write
// expect: Error 'create' or 'createNew' options require 'write' or 'append' option
// expect: Error 'create' or 'createNew' options require 'write' or 'append' option
// expect: Error 'truncate' option requires 'write' option
// expect: Error 'truncate' option requires 'write' option
// expect: Error OpenOptions requires at least one option to be true
// expect: Error OpenOptions requires at least one option to be true
// expect: async Error 'truncate' option requires 'write' option
// expect: {"0":"stdin","1":"stdout","2":"stderr"}
const path = `/tmp/toyjs-test-bad-options-${Math.random().toString(36).slice(2)}.txt`;
const cases = [
  { create: true },
  { read: true, createNew: true },
  { read: true, truncate: true },
  { append: true, truncate: true },
  {},
  { read: false, write: false },
];
for (const options of cases) {
  try {
    Toy.openSync(path, options);
    print("opened", JSON.stringify(options));
  } catch (e) {
    print(e.constructor.name, e.message);
  }
}
let p;
try {
  p = Toy.open(path, { read: true, truncate: true });
} catch (e) {
  print("threw synchronously", e.name);
}
(p ?? Promise.resolve()).then(
  () => print("opened"),
  (e) => print("async", e.constructor.name, e.message),
).then(() => print(JSON.stringify(Toy.resources())));
