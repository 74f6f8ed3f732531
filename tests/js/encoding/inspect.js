// console.log shows a decoder's and an encoder's attributes, as Deno does.
// needs: globals
// expect: TextDecoder { encoding: 'utf-16be', fatal: true, ignoreBOM: false }
// expect: TextEncoder { encoding: 'utf-8' }
console.log(new TextDecoder("utf-16be", { fatal: true }));
console.log(new TextEncoder());
