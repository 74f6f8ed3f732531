// Quotes are chosen so nothing needs escaping; control characters are.
// needs: inspect
// expect: [ "it's", 'say "hi"', `both ' and "`, 'tab\there', 'nl\n' ]
console.log(["it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n"]);
