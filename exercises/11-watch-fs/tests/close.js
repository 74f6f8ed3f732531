// close() ends the iteration: a for await waiting for the next event
// finishes, and the watcher's resource ("fsEvents") is gone. Leaving a
// for await with break closes the watcher too. close() twice is no error.
// needs: fsx
// perms: --allow-read --allow-write
// expect: open: fsEvents
// expect: iteration ended
// expect: after close: none
// expect: after break: none
// expect: next after close: done
import { tempDir } from "./_watch.js";
const dir = tempDir();
const names = () => Object.values(Toy.resources()).filter((n) => n === "fsEvents").join() || "none";

const watcher = Toy.watchFs(dir);
print("open:", names());
setTimeout(() => watcher.close(), 50);
const guard = setTimeout(() => Toy.exit(1), 5000);
for await (const event of watcher) print("unexpected", event.kind);
print("iteration ended");
print("after close:", names());

const second = Toy.watchFs(dir);
setTimeout(() => Toy.writeTextFileSync(`${dir}/poke.txt`, "x"), 20);
for await (const event of second) if (event.kind) break;
clearTimeout(guard);
print("after break:", names());
second.close();
print("next after close:", (await second.next()).done ? "done" : "an event");
Toy.removeSync(dir, { recursive: true });
