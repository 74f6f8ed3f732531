// Building a snapshot does not end the program, which goes on in every
// process that starts from it: --build-snapshot never dispatches "unload".
// needs: snapshots
// cmd: --build-snapshot ${FILE} -o /tmp/toyjs-lab-unload-build.snap
// expect: built
addEventListener("unload", () => print("unload at build time"));
Toy.snapshot.setMain(() => print("main"));
print("built");
