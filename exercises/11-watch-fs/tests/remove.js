// Removing a file is a "remove" event for it. The events come in order:
// create, then remove, each seen before the next change is made.
// needs: fsx
// perms: --allow-read --allow-write
// expect: create gone.txt
// expect: remove gone.txt
import { guard, tempDir, waitFor } from "./_watch.js";
const dir = tempDir();
const file = `${dir}/gone.txt`;
const watcher = Toy.watchFs(dir);
const stop = guard(watcher);
Toy.writeTextFileSync(file, "brief");
if (await waitFor(watcher, "create", file)) print("create gone.txt");
Toy.removeSync(file);
if (await waitFor(watcher, "remove", file)) print("remove gone.txt");
stop();
watcher.close();
Toy.removeSync(dir, { recursive: true });
