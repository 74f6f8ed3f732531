// An open watcher that nobody is waiting on does not keep the program
// alive (as an idle listener does not): the program ends after its last
// timer, with the watcher still open.
// needs: fsx
// perms: --allow-read
// expect: watching: true
// expect: last timer
const watcher = Toy.watchFs("/tmp");
print("watching:", Object.values(Toy.resources()).includes("fsEvents"));
setTimeout(() => print("last timer"), 20);
