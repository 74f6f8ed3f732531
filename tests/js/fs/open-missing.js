// Opening a missing file fails with NotFound and Deno's message; the sync
// form throws, the async form rejects.
// needs: fs
// perms: --allow-read --allow-write
// expect: true NotFound No such file or directory (os error 2): open 'tests/js/fs/fixtures/no-such-file.txt'
// expect: async true NotFound No such file or directory (os error 2): open 'tests/js/fs/fixtures/no-such-file.txt'
// expect: {"0":"stdin","1":"stdout","2":"stderr"}
const path = "tests/js/fs/fixtures/no-such-file.txt";
try {
  Toy.openSync(path);
  print("opened");
} catch (e) {
  print(e instanceof Toy.errors.NotFound, e.name, e.message);
}
Toy.open(path).then(
  () => print("opened"),
  (e) => {
    print("async", e instanceof Toy.errors.NotFound, e.name, e.message);
    print(JSON.stringify(Toy.resources()));
  },
);
