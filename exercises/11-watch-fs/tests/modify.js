// Writing to a file that is already there is a "modify" event for it;
// so is appending to it, later.
// needs: fsx
// perms: --allow-read --allow-write
// expect: modify old.txt
// expect: modify old.txt again
import { guard, tempDir, waitFor } from "./_watch.js";
const dir = tempDir();
const file = `${dir}/old.txt`;
Toy.writeTextFileSync(file, "one");
const watcher = Toy.watchFs(dir);
const stop = guard(watcher);
Toy.writeTextFileSync(file, "two");
if (await waitFor(watcher, "modify", file)) print("modify old.txt");
Toy.writeTextFileSync(file, "three", { append: true });
if (await waitFor(watcher, "modify", file)) print("modify old.txt again");
stop();
watcher.close();
Toy.removeSync(dir, { recursive: true });
