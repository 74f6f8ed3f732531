// Closing a file while an async read on it is in flight takes the rid out
// of the table at once, but the read holds the file open until it is done
// and then resolves with what it read.
// needs: resources fs
// perms: --allow-read --allow-write
// expect: {"0":"stdin","1":"stdout","2":"stderr"}
// expect: read 11 hello world
// expect: BadResource
const path = `/tmp/toyjs-test-close-during-read-${Math.random().toString(36).slice(2)}.txt`;
Toy.writeTextFileSync(path, "hello world");
const f = Toy.openSync(path);
const buf = new Uint8Array(64);
const reading = f.read(buf);
f.close();
print(JSON.stringify(Toy.resources()));
reading.then(
  (n) => {
    print("read", n, String.fromCharCode(...buf.subarray(0, n)));
    return f.read(buf);
  },
  (e) => print("read failed", e.name, e.message),
).catch((e) => print(e.name));
