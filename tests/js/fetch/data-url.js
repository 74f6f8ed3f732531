// data: URLs are answered without the network: percent-encoded text and
// base64, with the media type as the content type.
// needs: fetch
// expect: 200 text/plain;charset=US-ASCII hello world
// expect: 200 application/json {"a":1}
// expect: data:text/plain,hi
const plain = await fetch("data:,hello%20world");
print(plain.status, plain.headers.get("content-type"), await plain.text());
const json = await fetch("data:application/json;base64," + btoa('{"a":1}'));
print(json.status, json.headers.get("content-type"), await json.text());
print((await fetch("data:text/plain,hi#fragment")).url);
