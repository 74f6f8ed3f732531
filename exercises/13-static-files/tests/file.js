// Toy.serveFile(req, path) resolves to a 200 Response holding the file's
// bytes, typed by the file's extension, with Accept-Ranges: bytes (it
// tells clients they may ask for part of the file).
// needs: http
// perms: --allow-read --allow-write
// expect: promise: true
// expect: 200 OK | content-type: text/plain; charset=UTF-8 | accept-ranges: bytes | content-range: null | body: hello, file
// expect: Response: true
import { describe, get, makeFiles } from "./_files.js";
const dir = makeFiles({ "hello.txt": "hello, file" });
const pending = Toy.serveFile(get(), `${dir}/hello.txt`);
print("promise:", pending instanceof Promise);
const res = await pending;
print(await describe(res, "content-type", "accept-ranges", "content-range"));
print("Response:", res instanceof Response);
Toy.removeSync(dir, { recursive: true });
