// The ops of the "http" extension from chapter 18 on: the parser of
// chapter 13 and op_http_body, which decodes a body that follows its
// head. (The list of all ops is tests/js/ops; this one cannot grow
// unnoticed either.)
// needs: pipes
// expect: op_http_body
// expect: op_http_parse
// expect: op_http_parser_new
for (const name of Object.keys(Toy.core.ops).sort()) if (name.startsWith("op_http")) print(name);
