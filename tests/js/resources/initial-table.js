// At start the resource table holds exactly the three standard streams,
// as rids 0, 1 and 2, the way a process starts with fds 0, 1 and 2.
// needs: resources
// perms: --allow-read --allow-write
// expect: {"0":"stdin","1":"stdout","2":"stderr"}
// expect: 0 stdin
// expect: 1 stdout
// expect: 2 stderr
print(JSON.stringify(Toy.resources()));
for (const [rid, name] of Object.entries(Toy.resources())) print(rid, name);
