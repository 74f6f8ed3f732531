// console.log shows an event by what its getters say, a subclass's
// included (a CustomEvent's detail), not as an empty object.
// needs: abort
// expect-stdout: CustomEvent {
// expect-stdout: type: 'ping',
// expect-stdout: isTrusted: false,
// expect-stdout: detail: { n: 5 },
// expect-stdout: eventPhase: 0,
// expect-stdout: cancelable: true,
console.log(new CustomEvent("ping", { detail: { n: 5 }, cancelable: true }));
