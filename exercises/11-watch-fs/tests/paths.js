// watchFs takes one path or an array of them, directories or files; a
// watched file's events name the file itself. Events from every path
// come through the one watcher.
// needs: fsx
// perms: --allow-read --allow-write
// expect: modify <b>/watched.txt
// expect: create <a>/fresh.txt
// expect: resources: 1
import { guard, tempDir, waitFor } from "./_watch.js";
const a = tempDir();
const b = tempDir();
const file = `${b}/watched.txt`;
Toy.writeTextFileSync(file, "v1");
const watcher = Toy.watchFs([a, file]);
const stop = guard(watcher);
Toy.writeTextFileSync(file, "v2");
if (await waitFor(watcher, "modify", file)) print("modify <b>/watched.txt");
Toy.writeTextFileSync(`${a}/fresh.txt`, "new");
if (await waitFor(watcher, "create", `${a}/fresh.txt`)) print("create <a>/fresh.txt");
stop();
print("resources:", Object.values(Toy.resources()).filter((n) => n === "fsEvents").length);
watcher.close();
Toy.removeSync(a, { recursive: true });
Toy.removeSync(b, { recursive: true });
