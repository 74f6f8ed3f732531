// retired/runtime.cc: code of earlier chapters that a later chapter replaces,
// spliced back into runtime.cc by book/tools/toybook (see its README).

//> 01-hello omit < 07-snapshots isolate-from-snapshot
  rt->isolate = v8::Isolate::New(params);
//< 01-hello omit

//> 01-hello omit < 07-snapshots boot-or-rebind
  InstallGlobals(context);
  rt->context.Reset(rt->isolate, context);
//< 01-hello omit

//> 03-ops run-extension-js < 07-snapshots boot-or-rebind
  if (!RunExtensionScripts(rt, context)) rt->exit_code = 1;
//< 03-ops run-extension-js

//> 01-hello omit < 07-snapshots free-not-creator
  rt->isolate->Dispose();
//< 01-hello omit

//> 01-hello omit < 05-modules run-main-module
  {
    v8::TryCatch try_catch(isolate);
    v8::ScriptOrigin origin(isolate, NewString(isolate, url));
    v8::Local<v8::String> code;
    v8::Local<v8::Script> script;
    if (!v8::String::NewFromUtf8(isolate, source, v8::NewStringType::kNormal, (int)length)
             .ToLocal(&code)) {
      fprintf(stderr, "error: %s is too large to run\n", path);
      rt->exit_code = 1;
    } else if (!v8::Script::Compile(context, code, &origin).ToLocal(&script) ||
               script->Run(context).IsEmpty()) {
      ReportCaught(rt, &try_catch);
    }
  }
//< 01-hello omit

//> 01-hello omit < 04-resources runtime-free-int
void toy_runtime_free(toy_runtime* rt) {
//< 01-hello omit

//> 02-timers omit < 04-resources runtime-free-busy
    if (toy_loop_close(&rt->loop) != 0)
      fprintf(stderr, "warning: the event loop still had open handles at exit\n");
//< 02-timers omit

//> 01-hello omit < 02-timers platform-new
  g_platform = v8::platform::NewDefaultPlatform();
//< 01-hello omit
