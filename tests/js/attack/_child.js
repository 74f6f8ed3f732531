// Helpers for the attack tests that need a folder of their own (not a
// test: its name starts with "_"). The test, run with wide permissions,
// builds a fresh folder in /tmp, runs an attack script from fixtures/child/
// in a second toyjs with only the grants the attack is about, then checks
// from outside what the attack could reach, and removes the folder.

export const CHILDREN = decodeURIComponent(
  import.meta.url.replace(/^file:\/\//, "").replace(/\/[^/]*$/, ""),
) + "/fixtures/child";

// Runs fixtures/child/NAME with the permission flags given, and prints
// what it printed. Anything on its stderr is printed too, marked, so that
// a crash or an uncaught error fails the test instead of hiding.
export async function runChild(name, flags, args = [], env = {}) {
  const out = await new Toy.Command(Toy.execPath(), {
    args: [...flags, `${CHILDREN}/${name}`, ...args],
    env,
    stdin: "null",
  }).output();
  const text = new TextDecoder().decode(out.stdout).trimEnd();
  if (text !== "") print(text);
  const err = new TextDecoder().decode(out.stderr).trimEnd();
  if (err !== "") print("child stderr: " + err);
  if (out.code !== 0) print("child exit code: " + out.code);
}

// A fresh folder in /tmp, and mkfifo, which Toy cannot do itself.
export function freshDir() {
  return Toy.makeTempDirSync({ dir: "/tmp", prefix: "toyjs-attack-" });
}

export function mkfifo(path) {
  const out = new Toy.Command("mkfifo", { args: [path] }).outputSync();
  if (!out.success) throw new Error("mkfifo failed: " + new TextDecoder().decode(out.stderr));
}

// Every file under dir, with its contents, one "path: text" line each,
// sorted: what the test compares before and after the attack.
export function snapshot(dir, prefix = "") {
  const lines = [];
  for (const e of [...Toy.readDirSync(dir)].sort((x, y) => (x.name < y.name ? -1 : 1))) {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory) lines.push(`${prefix}${e.name}/`, ...snapshot(path, `${prefix}${e.name}/`));
    else if (e.isSymlink) lines.push(`${prefix}${e.name} -> link`);
    else lines.push(`${prefix}${e.name}: ${Toy.readTextFileSync(path)}`);
  }
  return lines;
}
