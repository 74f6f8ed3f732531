// A Range header the server does not act on is ignored, and the whole
// file is sent with 200 OK: another unit, several ranges, a last byte
// before the first, no numbers at all, or something else entirely.
// needs: http
// perms: --allow-read --allow-write
// expect: items=0-1: 200 OK | content-range: null | body: 0123456789
// expect: bytes=0-1,4-5: 200 OK | content-range: null | body: 0123456789
// expect: bytes=5-2: 200 OK | content-range: null | body: 0123456789
// expect: bytes=-: 200 OK | content-range: null | body: 0123456789
// expect: lots please: 200 OK | content-range: null | body: 0123456789
import { describe, get, makeFiles } from "./_files.js";
const dir = makeFiles({ "digits.txt": "0123456789" });
for (const range of ["items=0-1", "bytes=0-1,4-5", "bytes=5-2", "bytes=-", "lots please"]) {
  const res = await Toy.serveFile(get(range), `${dir}/digits.txt`);
  print(`${range}:`, await describe(res, "content-range"));
}
Toy.removeSync(dir, { recursive: true });
