// Anything that is not a regular file to serve is 404 Not Found, with the
// body "Not Found": a missing file, a directory, a path that goes through
// a file.
// needs: http
// perms: --allow-read --allow-write
// expect: missing: 404 Not Found | body: Not Found
// expect: directory: 404 Not Found | body: Not Found
// expect: through a file: 404 Not Found | body: Not Found
import { describe, get, makeFiles } from "./_files.js";
const dir = makeFiles({ "a.txt": "a" });
print("missing:", await describe(await Toy.serveFile(get(), `${dir}/nope.txt`)));
print("directory:", await describe(await Toy.serveFile(get(), dir)));
print("through a file:", await describe(await Toy.serveFile(get(), `${dir}/a.txt/b`)));
Toy.removeSync(dir, { recursive: true });
