// retired/bind.cc: code of earlier chapters that a later chapter
// replaces, spliced back into bind.cc by book/tools/toybook (see its
// README).

//> 03-ops omit < 08-fast-calls on-timer-slot
  v8::Local<v8::Value> id = v8::Integer::NewFromUnsigned(isolate, timer->id);
  if (rt->bind.timer_handler.Get(isolate)
          ->Call(context, v8::Undefined(isolate), 1, &id)
          .IsEmpty()) {
//< 03-ops omit
