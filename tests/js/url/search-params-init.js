// The constructor takes a string, a record, pairs, or another
// URLSearchParams; a pair that is not two items is a TypeError.
// needs: url
// expect: a=1&b=2
// expect: x=1&x=2
// expect: a=1&b=2
// expect: a=1&b=2
// expect: TypeError
print(new URLSearchParams("a=1&b=2").toString());
print(new URLSearchParams([["x", "1"], ["x", 2]]).toString());
print(new URLSearchParams({ a: 1, b: "2" }).toString());
print(new URLSearchParams(new URLSearchParams("a=1&b=2")).toString());
try {
  new URLSearchParams([["only one"]]);
} catch (e) {
  print(e.name);
}
