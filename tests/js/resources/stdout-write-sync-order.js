// print is unbuffered and Toy.stdout.writeSync writes straight to fd 1,
// so the two interleave in program order. writeSync returns the number
// of bytes written.
// needs: resources fs
// perms: --allow-read --allow-write
// expect: a
// expect: b
// expect: c
// expect: 2
print("a");
const n = Toy.stdout.writeSync(Uint8Array.from([0x62, 0x0a]));
print("c");
print(n);
