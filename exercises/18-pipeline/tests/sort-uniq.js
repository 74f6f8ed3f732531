// Toy.pipeline(commands) runs the commands side by side, each one's
// stdout piped into the next one's stdin, as a shell's "|" joins them,
// and resolves to the last one's stdout, collected in a Uint8Array, with
// its exit code and signal and every command's status, in order:
// printf | sort | uniq -c.
// needs: pipes
// perms: --allow-run
// expect: promise: true
// expect: stdout: Uint8Array 1 apple|3 banana|2 cherry|
// expect: success: true, code: 0, signal: null
// expect: statuses: 3, all success: true
const pending = Toy.pipeline([
  ["printf", "banana\ncherry\nbanana\napple\ncherry\nbanana\n"],
  ["sort"],
  ["uniq", "-c"],
]);
print("promise:", pending instanceof Promise);
const result = await pending;
const lines = new TextDecoder().decode(result.stdout).split("\n").map((l) => l.trim());
print("stdout:", result.stdout.constructor.name, lines.join("|"));
print(`success: ${result.success}, code: ${result.code}, signal: ${result.signal}`);
print(`statuses: ${result.statuses.length}, all success: ${result.statuses.every((s) => s.success === true && s.code === 0 && s.signal === null)}`);
