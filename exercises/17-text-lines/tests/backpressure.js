// A TextLineStream keeps the standard's queuing strategies (a high water
// mark of 1 on its writable side and 0 on its readable side), so reading
// lines pulls the text from its source only as the lines are wanted:
// here a source of 1000 chunks of two lines each, whose pulls are
// counted. pipeThrough reads one chunk ahead, for the writable side's
// queue, and no more; reading everything at once would pull all 1000.
// needs: streams
// expect: line 1a (pulls: 2)
// expect: line 1b (pulls: 2)
// expect: line 2a (pulls: 3)
// expect: line 2b (pulls: 3)
// expect: line 3a (pulls: 4)
// expect: after the cancel: 4 pulls
let pulls = 0;
const source = new ReadableStream({
  pull(controller) {
    pulls++;
    controller.enqueue(`line ${pulls}a\nline ${pulls}b\n`);
    if (pulls === 1000) controller.close();
  },
}, { highWaterMark: 0 });
const reader = source.pipeThrough(new TextLineStream()).getReader();
for (let i = 0; i < 5; i++) {
  const { value } = await reader.read();
  await new Promise((resolve) => setTimeout(resolve, 0));   // let the pipe run
  print(`${value} (pulls: ${pulls})`);
}
await reader.cancel();
print(`after the cancel: ${pulls} pulls`);
