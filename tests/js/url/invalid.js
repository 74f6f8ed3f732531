// What is not a URL is a TypeError naming the input (and the base), as
// in Deno; URL.canParse and URL.parse answer without throwing.
// needs: url
// expect: TypeError Invalid URL: 'no scheme'
// expect: TypeError Invalid URL: 'http://'
// expect: TypeError Invalid URL: 'http://h:65536/'
// expect: TypeError Invalid URL: 'http://a b/'
// expect: TypeError Invalid URL: 'http://[::1/'
// expect: TypeError Invalid URL: 'http://1.2.3.256/'
// expect: TypeError Invalid URL: 'x' with base 'not a base'
// expect: false true
// expect: null http://h/p
for (const [input, base] of [["no scheme"], ["http://"], ["http://h:65536/"], ["http://a b/"], ["http://[::1/"], ["http://1.2.3.256/"], ["x", "not a base"]]) {
  try {
    new URL(input, base);
    print("parsed?", input);
  } catch (e) {
    print(e.name, e.message);
  }
}
print(URL.canParse("nope"), URL.canParse("x", "http://h/"));
print(URL.parse("nope"), URL.parse("/p", "http://h").href);
