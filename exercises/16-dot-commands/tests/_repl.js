// Helpers for the REPL tests (not a test itself). Toy.Command cannot
// give a child a stdin, so sh pipes the input into toyjs, as
// `printf '1 + 1\n' | toyjs` does by hand. Needs --allow-run=sh and
// --allow-read (for Toy.execPath), and --allow-write for a folder.

// A new, empty folder for a test's files.
export function folder() {
  return Toy.makeTempDirSync({ prefix: "toyjs-dot-" });
}

// Runs this toyjs with no script and flags, in the folder cwd, with
// input on its stdin; returns what it printed (stdout and stderr, as on
// a terminal) and its exit code.
export async function repl(input, { cwd, flags = [] } = {}) {
  const out = await new Toy.Command("sh", {
    args: ["-c", 'input=$1; shift; printf "%s" "$input" | "$@" 2>&1', "sh", input,
           Toy.execPath(), ...flags],
    cwd,
  }).output();
  return { text: new TextDecoder().decode(out.stdout), code: out.code };
}

// Prints what the REPL printed, line by line, then its exit code.
export function show({ text, code }) {
  for (const line of text.replace(/\n$/, "").split("\n")) print(line);
  print(`exit ${code}`);
}
