// Errors a caller makes: an invalid URL, a relative one, a scheme fetch
// does not speak, a bad redirect mode, a body on a GET, a header that
// would break the request.
// needs: fetch
// expect: TypeError Failed to parse URL from not a url
// expect: TypeError Failed to parse URL from /relative
// expect: TypeError scheme 'ftp' not supported
// expect: TypeError 'sideways' is not a valid value for redirect
// expect: TypeError Request with GET/HEAD method cannot have body.
// expect: TypeError Invalid header name: 'bad name'
// expect: TypeError Invalid header value: 'a\r\nb'
for (const [url, init] of [
  ["not a url"],
  ["/relative"],
  ["ftp://example.com/file"],
  ["http://127.0.0.1:1/", { redirect: "sideways" }],
  ["http://127.0.0.1:1/", { body: "x" }],
  ["http://127.0.0.1:1/", { headers: { "bad name": "x" } }],
  ["http://127.0.0.1:1/", { headers: { "x-split": "a\r\nb" } }],
]) {
  try {
    await fetch(url, init);
    print("resolved?");
  } catch (e) {
    print(e.name, e.message.replace(/\r/g, "\\r").replace(/\n/g, "\\n"));
  }
}
