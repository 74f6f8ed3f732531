// builtins.cc: the globals a script gets, each a V8 callback written in
// C++. Chapter 03 replaces them all with ops and JavaScript.
#include "bridge.h"

#include <stdio.h>

// print(...args): each argument as String(arg), joined by spaces. If a
// conversion throws (a toString that throws), the exception propagates to
// the caller and nothing is printed.
static void Print(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  std::string out;
  for (int i = 0; i < info.Length(); i++) {
    if (i > 0) out += ' ';
    v8::Local<v8::String> str;
    if (info[i]->IsSymbol()) {
      out += ToUtf8(isolate, info[i]);
    } else if (info[i]->ToString(context).ToLocal(&str)) {
      v8::String::Utf8Value utf8(isolate, str);
      out.append(*utf8, utf8.length());
    } else {
      return;  // the exception is pending; V8 throws it when we return
    }
  }
  out += '\n';
  fwrite(out.data(), 1, out.size(), stdout);
}

// The runtime's globals, put on the context's global object.
void InstallGlobals(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> global = context->Global();
  SetFunction(context, global, "print", Print);
  v8::Local<v8::Object> console = v8::Object::New(isolate);
  SetFunction(context, console, "log", Print);
  global->Set(context, NewString(isolate, "console"), console).Check();
}
