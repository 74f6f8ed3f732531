// unref() lets the program end while a spawned child still runs (here a
// sleep of 1000 s, killed as the program ends, so nothing outlives the
// test); ref() would make it wait. stdout is piped and a read waits on
// it: unref() lets go of that read too.
// needs: pipes
// perms: --allow-run=sleep
// expect: reading stdout
// expect: timer fired, child killed
const child = new Toy.Command("sleep", { args: ["1000"], stdout: "piped" }).spawn();
child.stdout.getReader().read();
print("reading stdout");
child.unref();
setTimeout(() => {
  child.kill("SIGKILL");
  print("timer fired, child killed");
}, 10);
