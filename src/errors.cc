// errors.cc: uncaught errors, reported as Deno reports them: the message,
// the source line with a caret under the column, then the stack.
#include "bridge.h"

#include <stdio.h>
#include <string.h>

//> 01-hello report-source-line
// Prints the source line the message points at and a caret under the
// column. Tabs before the column are copied so the caret lines up.
static void PrintSourceLine(v8::Isolate* isolate, v8::Local<v8::Message> message) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::String> line;
  if (!message->GetScriptResourceName()->IsString() ||
      !message->GetSourceLine(context).ToLocal(&line))
    return;  // not from a script: nothing to show
  std::string text = ToUtf8(isolate, line);
  int column = message->GetStartColumn(context).FromMaybe(0);
  fprintf(stderr, "%s\n", text.c_str());
  // The column counts UTF-16 units; for ASCII lines that is bytes.
  std::string caret;
  for (int i = 0; i < column && i < (int)text.size(); i++)
    caret += text[i] == '\t' ? '\t' : ' ';
  fprintf(stderr, "%s^\n", caret.c_str());
}
//< 01-hello report-source-line

//> 01-hello report-exception
// Reports an exception nobody caught, in Deno's form:
//   error: Uncaught Error: boom
//   throw new Error("boom");
//         ^
//       at file:///tmp/boom.js:1:7
void ReportException(v8::Isolate* isolate, v8::Local<v8::Value> exception,
                     v8::Local<v8::Message> message, const char* kind) {
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
//> 19-workers report-in-worker
  // In a worker: said with the worker's name, and kept for its parent.
  std::string worker_kind;
  if (!WorkerReport(isolate, exception, message, kind, &worker_kind)) return;
  if (!worker_kind.empty()) kind = worker_kind.c_str();
//< 19-workers report-in-worker
  fflush(stdout);  // what the script printed comes first
  fprintf(stderr, "error: %s%s\n", kind, ToUtf8(isolate, exception).c_str());

  // Where the error was made (asked before error.stack is read, which
  // turns V8's record of the frames into a string).
  v8::Local<v8::Message> origin;
  if (exception->IsNativeError()) origin = v8::Exception::CreateMessage(isolate, exception);

  // The frames come from error.stack: every line from the first "at".
  std::string stack;
  v8::Local<v8::Value> value;
  v8::TryCatch try_catch(isolate);
  if (exception->IsNativeError() &&
      exception.As<v8::Object>()->Get(context, NewString(isolate, "stack")).ToLocal(&value) &&
      value->IsString()) {
    stack = ToUtf8(isolate, value);
  }
  size_t at = stack.find("\n    at ");
  if (at != std::string::npos) {
    PrintSourceLine(isolate, origin);
    fprintf(stderr, "%s\n", stack.c_str() + at + 1);
    return;
  }
  if (message.IsEmpty()) return;
  PrintSourceLine(isolate, message);
  // No frames (a syntax error, or a thrown non-Error): say where it was.
  v8::Local<v8::Value> name = message->GetScriptResourceName();
  int line = message->GetLineNumber(context).FromMaybe(0);
  if (!name->IsString() || line == 0) return;
  fprintf(stderr, "    at %s:%d:%d\n", ToUtf8(isolate, name).c_str(), line,
          message->GetStartColumn(context).FromMaybe(0) + 1);
}

//> 20-debugger omit
// A debugger's Runtime.terminateExecution ends the program as an uncaught
// error does; V8 gives no exception for it (null: toyjs said "Uncaught
// null"), so this says what happened, in Deno's words, and returns true.
// (Toy.exit terminates too, and is no error; workers have no debugger.)
bool ReportTerminated(toy_runtime* rt, v8::TryCatch* try_catch) {
  if (rt->debugger.client == nullptr || rt->exiting) return false;
  // By now V8's inspector has cancelled the termination it asked for
  // (the program may go on to its end), and what was caught is a null
  // with no message: a `throw null` has the place it was thrown.
  bool terminated = try_catch->HasTerminated() ||
                    (!try_catch->Exception().IsEmpty() && try_catch->Exception()->IsNull() &&
                     try_catch->Message().IsEmpty());
  if (!terminated) return false;
  fflush(stdout);
  fprintf(stderr, "error: Uncaught Error: execution terminated\n");
  rt->exit_code = 1;
  return true;
}
//< 20-debugger omit

// Reports what a TryCatch caught and marks the run as failed.
void ReportCaught(toy_runtime* rt, v8::TryCatch* try_catch) {
//> 10-globals report-not-exiting
  if (rt->exiting) return;  // Toy.exit's termination is no error
//< 10-globals report-not-exiting
//> 16-repl report-repl
  if (rt->repl.active) {  // the REPL reports, and goes on
    ReplPrint(rt, "error", try_catch->Exception(), false);
    return;
  }
//< 16-repl report-repl
//> 20-debugger omit
  if (ReportTerminated(rt, try_catch)) return;
//< 20-debugger omit
  ReportException(rt->isolate, try_catch->Exception(), try_catch->Message(), "Uncaught ");
  rt->exit_code = 1;
}
//< 01-hello report-exception
