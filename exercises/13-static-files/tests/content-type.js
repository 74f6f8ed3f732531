// The content type comes from the extension of the file's name, whatever
// its case; a name without an extension, or with one not in the table,
// is application/octet-stream. Text types say their charset.
// needs: http
// perms: --allow-read --allow-write
// expect: page.html text/html; charset=UTF-8
// expect: INDEX.HTM text/html; charset=UTF-8
// expect: site.css text/css; charset=UTF-8
// expect: app.js text/javascript; charset=UTF-8
// expect: mod.mjs text/javascript; charset=UTF-8
// expect: data.json application/json
// expect: logo.svg image/svg+xml
// expect: photo.JPG image/jpeg
// expect: icon.png image/png
// expect: anim.gif image/gif
// expect: code.wasm application/wasm
// expect: notes.txt text/plain; charset=UTF-8
// expect: archive.tar.gz application/octet-stream
// expect: Makefile application/octet-stream
// expect: .hidden application/octet-stream
import { get, makeFiles } from "./_files.js";
const names = ["page.html", "INDEX.HTM", "site.css", "app.js", "mod.mjs", "data.json", "logo.svg",
  "photo.JPG", "icon.png", "anim.gif", "code.wasm", "notes.txt", "archive.tar.gz", "Makefile",
  ".hidden"];
const dir = makeFiles(Object.fromEntries(names.map((n) => [n, "x"])));
for (const name of names) {
  const res = await Toy.serveFile(get(), `${dir}/${name}`);
  print(name, res.headers.get("content-type"));
}
Toy.removeSync(dir, { recursive: true });
