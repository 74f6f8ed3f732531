// A rid is a whole number from 0 to 2**32 - 1: anything else is a
// TypeError before the op runs, and nothing is closed. Converted as JS's
// x >>> 0, rids used to wrap around to the standard streams: 2**32 + 2
// closed stderr, NaN stdin and 1.9 stdout.
// needs: resources
// expect: 4294967298 TypeError op_close: argument 1 must be a resource id (an integer from 0 to 4294967295), got 4294967298
// expect: NaN TypeError op_close: argument 1 must be a resource id (an integer from 0 to 4294967295), got NaN
// expect: 1.9 TypeError op_close: argument 1 must be a resource id (an integer from 0 to 4294967295), got 1.9
// expect: -1 TypeError op_close: argument 1 must be a resource id (an integer from 0 to 4294967295), got -1
// expect: 4294967296 TypeError op_close: argument 1 must be a resource id (an integer from 0 to 4294967295), got 4294967296
// expect: Infinity TypeError op_close: argument 1 must be a resource id (an integer from 0 to 4294967295), got Infinity
// expect: {"0":"stdin","1":"stdout","2":"stderr"}
// expect: 4294967295 BadResource Bad resource ID
for (const rid of [2 ** 32 + 2, NaN, 1.9, -1, 2 ** 32, Infinity, 2 ** 32 - 1]) {
  try {
    Toy.close(rid);
    print(rid, "closed");
  } catch (e) {
    print(rid, e.name, e.message);
  }
  if (rid === Infinity) print(JSON.stringify(Toy.resources()));
}
