// A range the file cannot satisfy (it starts at or past the end, or asks
// for the last 0 bytes, or the file is empty) is 416 Range Not
// Satisfiable, with "Content-Range: bytes */size" and no body.
// needs: http
// perms: --allow-read --allow-write
// expect: bytes=10-12: 416 Range Not Satisfiable | content-range: bytes */10 | body: 
// expect: bytes=99-: 416 Range Not Satisfiable | content-range: bytes */10 | body: 
// expect: bytes=-0: 416 Range Not Satisfiable | content-range: bytes */10 | body: 
// expect: empty, bytes=0-: 416 Range Not Satisfiable | content-range: bytes */0 | body: 
import { describe, get, makeFiles } from "./_files.js";
const dir = makeFiles({ "digits.txt": "0123456789", "empty.txt": "" });
for (const range of ["bytes=10-12", "bytes=99-", "bytes=-0"]) {
  const res = await Toy.serveFile(get(range), `${dir}/digits.txt`);
  print(`${range}:`, await describe(res, "content-range"));
}
const res = await Toy.serveFile(get("bytes=0-"), `${dir}/empty.txt`);
print("empty, bytes=0-:", await describe(res, "content-range"));
Toy.removeSync(dir, { recursive: true });
