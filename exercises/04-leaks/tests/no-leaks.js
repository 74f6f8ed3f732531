// A script that closes everything it opened (sync or async, by close()
// or by Toy.close) passes the check: no report, exit code 0. The standard
// streams are never leaks, open or closed.
// flags: --check-leaks
// expect: read 0 bytes
const a = Toy.openSync("/dev/null");
const b = Toy.openSync("/dev/null");
a.close();
Toy.close(b.rid);
Toy.close(0);
(async () => {
  const f = await Toy.open("/dev/null");
  const n = await f.read(new Uint8Array(8));
  print("read", n ?? 0, "bytes");
  f.close();
})();
