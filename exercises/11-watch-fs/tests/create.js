// Toy.watchFs(path) watches a directory: a file made in it is a "create"
// event, an object with just kind and paths (an array of absolute paths,
// here the new file's).
// needs: fsx
// perms: --allow-read --allow-write
// expect: {"kind":"create","paths":["<dir>/new.txt"]}
import { guard, tempDir, waitFor } from "./_watch.js";
const dir = tempDir();
const watcher = Toy.watchFs(dir);
const stop = guard(watcher);
Toy.writeTextFileSync(`${dir}/new.txt`, "hello");
const event = await waitFor(watcher, "create", `${dir}/new.txt`);
stop();
if (event) print(JSON.stringify(event).replaceAll(dir, "<dir>"));
watcher.close();
Toy.removeSync(dir, { recursive: true });
