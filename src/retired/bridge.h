// retired/bridge.h: code of earlier chapters that a later chapter
// replaces, spliced back into bridge.h by book/tools/toybook (see its
// README).

//> 01-hello bridge-builtins < 03-ops bridge-bind
// builtins.cc: the globals a fresh context gets.
void InstallGlobals(v8::Local<v8::Context> context);
//< 01-hello bridge-builtins

//> 02-timers bridge-builtins-timers < 03-ops bridge-bind
// The loop calls OnTimer when a timer is due and FreeTimer when one is
// gone: builtins.cc too.
void OnTimer(void* owner, toy_timer* timer);
void FreeTimer(void* owner, void* data);
//< 02-timers bridge-builtins-timers
