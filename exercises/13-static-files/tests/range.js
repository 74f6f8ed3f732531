// "Range: bytes=a-b" asks for bytes a to b, both included: the answer is
// 206 Partial Content with those bytes and "Content-Range: bytes
// a-b/size". "bytes=a-" is from a to the end, "bytes=-n" the last n
// bytes, and a last byte past the end means the end.
// needs: http
// perms: --allow-read --allow-write
// expect: bytes=2-5: 206 Partial Content | content-range: bytes 2-5/10 | content-type: text/plain; charset=UTF-8 | body: 2345
// expect: bytes=0-0: 206 Partial Content | content-range: bytes 0-0/10 | content-type: text/plain; charset=UTF-8 | body: 0
// expect: bytes=7-: 206 Partial Content | content-range: bytes 7-9/10 | content-type: text/plain; charset=UTF-8 | body: 789
// expect: bytes=-3: 206 Partial Content | content-range: bytes 7-9/10 | content-type: text/plain; charset=UTF-8 | body: 789
// expect: bytes=-50: 206 Partial Content | content-range: bytes 0-9/10 | content-type: text/plain; charset=UTF-8 | body: 0123456789
// expect: bytes=8-100: 206 Partial Content | content-range: bytes 8-9/10 | content-type: text/plain; charset=UTF-8 | body: 89
import { describe, get, makeFiles } from "./_files.js";
const dir = makeFiles({ "digits.txt": "0123456789" });
for (const range of ["bytes=2-5", "bytes=0-0", "bytes=7-", "bytes=-3", "bytes=-50", "bytes=8-100"]) {
  const res = await Toy.serveFile(get(range), `${dir}/digits.txt`);
  print(`${range}:`, await describe(res, "content-range", "content-type"));
}
Toy.removeSync(dir, { recursive: true });
