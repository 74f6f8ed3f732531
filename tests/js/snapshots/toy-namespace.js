// The Toy namespace the runtime's JS builds at bootstrap is all there after
// a start from the snapshot: its functions are callable, not just present.
// needs: snapshots
// expect: core object, ops object, snapshot.setMain function
// expect: errors NotFound function, PermissionDenied function, BadResource function
// expect: resources {"0":"stdin","1":"stdout","2":"stderr"}
// expect: readTextFile function, openSync function, FsFile function
// expect: permissions.query function
const T = Toy;
print(`core ${typeof T.core}, ops ${typeof T.core.ops}, snapshot.setMain ${typeof T.snapshot.setMain}`);
print(`errors NotFound ${typeof T.errors.NotFound}, PermissionDenied ${typeof T.errors.PermissionDenied}, BadResource ${typeof T.errors.BadResource}`);
print("resources", JSON.stringify(T.resources()));
print(`readTextFile ${typeof T.readTextFile}, openSync ${typeof T.openSync}, FsFile ${typeof T.FsFile}`);
print("permissions.query", typeof T.permissions.query);
