// A bare specifier that is a key of the import map resolves to that key's
// address. The mapped module's own bare import ("greet/punctuate.js")
// goes through the map too.
// flags: --import-map=${DIR}/fixtures/map.json
// expect: hello, map!
import greet from "greet";
print(greet("map"));
