// assert { type: "text" } imports a file's text, exactly, as the
// module's default export.
// expect: string
// expect: "Roses are red,\n  \"violets\" are blue.\n"
import poem from "./fixtures/poem.txt" assert { type: "text" };
print(typeof poem);
print(JSON.stringify(poem));
