// URLSearchParams' constructor takes a URLSearchParams as any other
// iterable, through its [Symbol.iterator]; URL's constructor has
// length 1, its base being optional.
// needs: url
// expect: from=iterator
// expect: 1 1 1
// expect: true true
const src = new URLSearchParams("a=1");
src[Symbol.iterator] = function* () {
  yield ["from", "iterator"];
};
print(new URLSearchParams(src).toString());
print(URL.length, URL.parse.length, URL.canParse.length);
print(URL.canParse("x", "https://h.test/"), URL.parse("x") === null);
