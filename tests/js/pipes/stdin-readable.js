// Toy.stdin.readable reads stdin (here /dev/null, as for every test) to
// its end, and stdin's rid closes when it is done; stdout and stderr
// have no readable, stdin no writable.
// needs: pipes
// expect: read 0 bytes, done: true
// expect: rid 0 open: false
// expect: undefined undefined undefined
const reader = Toy.stdin.readable.getReader();
const { value, done } = await reader.read();
print(`read ${value?.length ?? 0} bytes, done: ${done}`);
print(`rid 0 open: ${"0" in Toy.resources()}`);
print(`${Toy.stdin.writable} ${Toy.stdout.readable} ${Toy.stderr.readable}`);
