// output() runs the program and collects its stdout as bytes; a program
// that exits 0 is a success with no signal.
// needs: run
// perms: --allow-run
// expect: code 0 success true signal null
// expect: stdout "hello world\n"
// expect: stderr 0 bytes
const out = await new Toy.Command("echo", { args: ["hello", "world"] }).output();
print(`code ${out.code} success ${out.success} signal ${out.signal}`);
print(`stdout ${JSON.stringify(new TextDecoder().decode(out.stdout))}`);
print(`stderr ${out.stderr.length} bytes`);
