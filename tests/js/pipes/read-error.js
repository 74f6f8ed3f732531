// A read that fails errors the stream with the runtime's own error
// class: a directory opened as a file reads EISDIR, which rejects the
// read with Toy.errors.IsADirectory, and the file is closed.
// needs: pipes fsx
// perms: --allow-read --allow-write
// expect: IsADirectory true: Is a directory (os error 21)
// expect: stream errored too: true
// expect: open: none
import { openResources } from "./_bytes.js";

const dir = await Toy.makeTempDir();
const file = await Toy.open(dir);
const reader = file.readable.getReader();
try {
  await reader.read();
  print("read a directory?");
} catch (e) {
  print(`${e.name} ${e instanceof Toy.errors.IsADirectory}: ${e.message}`);
  try {
    await reader.closed;
  } catch (again) {
    print(`stream errored too: ${again === e}`);
  }
}
print(`open: ${openResources()}`);
await Toy.remove(dir, { recursive: true });
