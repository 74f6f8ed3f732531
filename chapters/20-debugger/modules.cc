// modules.cc: ES modules. A module's life is resolve, load, link and
// evaluate; here are the module map, loading a graph before linking it,
// import.meta, import(), and the main file run as a module.
#include "bridge.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "walk.h"

// The entry for a module V8 hands back to us (in a callback).
static ModuleEntry* EntryOf(toy_runtime* rt, v8::Local<v8::Module> module) {
  auto range = rt->modules.by_hash.equal_range(module->GetIdentityHash());
  for (auto it = range.first; it != range.second; ++it)
    if (it->second->module == module) return it->second;
  return nullptr;
}

static std::string ModuleKey(const std::string& url, bool json) {
  return json ? url + " json" : url;
}

static ModuleEntry* AddModule(toy_runtime* rt, const std::string& url, bool json,
                                           v8::Local<v8::Module> module) {
  ModuleEntry* entry = new ModuleEntry();
  entry->url = url;
  entry->json = json;
  entry->module.Reset(rt->isolate, module);
  rt->modules.map[ModuleKey(url, json)] = entry;
  rt->modules.by_hash.emplace(module->GetIdentityHash(), entry);
  return entry;
}

// A JSON module is a synthetic module: its one export, default, is set
// when it is evaluated, from the value parsed when it was loaded.
static v8::MaybeLocal<v8::Value> EvaluateJsonModule(v8::Local<v8::Context> context,
                                                    v8::Local<v8::Module> module) {
  v8::Isolate* isolate = context->GetIsolate();
  toy_runtime* rt = RuntimeOf(isolate);
  ModuleEntry* entry = EntryOf(rt, module);
  if (module->SetSyntheticModuleExport(isolate, NewString(isolate, "default"),
                                      entry->json_value.Get(isolate))
          .IsNothing())
    return v8::MaybeLocal<v8::Value>();
  v8::Local<v8::Promise::Resolver> done;
  if (!v8::Promise::Resolver::New(context).ToLocal(&done)) return v8::MaybeLocal<v8::Value>();
  done->Resolve(context, v8::Undefined(isolate)).FromMaybe(false);
  return done->GetPromise();
}

// Step 1 and 2 of a module's life: fetch its source and compile it, once.
// On failure returns false with either an exception pending (a syntax
// error, which the caller reports with its own file and line) or a
// message in *error (a file that is not there).
static bool LoadModule(toy_runtime* rt, v8::Local<v8::Context> context, const std::string& url,
                       bool json, const char* source, size_t length,
                       ModuleEntry** out, std::string* error) {
  auto found = rt->modules.map.find(ModuleKey(url, json));
  if (found != rt->modules.map.end()) {
    *out = found->second;
    return true;
  }
  v8::Isolate* isolate = rt->isolate;
  char* text = NULL;
  size_t text_length = 0;
  // Inside an import() every module not yet loaded is a file the program
  // chose at run time: it needs read access (the static graph does not).
  // The file read is then the path as checked, through the walk.
  char* checked = NULL;
  toy_permissions* perms = rt->modules.dynamic_fetch ? &rt->state.perms : NULL;
  // A worker's own graph is read with its parent's permissions (import()s with its own).
  if (perms == NULL) perms = rt->worker.graph;  // NULL outside a worker
  if (source == NULL && perms != NULL) {
    char* path = toy_url_to_path(url.c_str());
    char message[512];
    bool allowed = path == NULL || toy_perm_check_path(perms, TOY_PERM_READ, path, 1,
                                                       &checked, message, sizeof message) == 0;
    free(path);
    if (!allowed) {
      free(checked);
      *error = message;
      return false;
    }
  }
  if (source == NULL) {  // the main module's source comes from the caller
    char* path = toy_url_to_path(url.c_str());
    int err = checked ? toy_walk_read(checked, &text, &text_length)
              : path  ? toy_read_file(path, &text, &text_length)
                      : -ENOENT;
    free(checked);
    free(path);
    if (err != 0) {
      *error = err == -ENOENT ? "Module not found \"" + url + "\"."
                              : std::string(strerror(-err)) + " (os error " +
                                    std::to_string(-err) + "): read '" + url + "'";
      return false;
    }
    source = text;
    length = text_length;
  }
  v8::Local<v8::String> code;
  bool ok = v8::String::NewFromUtf8(isolate, source, v8::NewStringType::kNormal, (int)length)
                .ToLocal(&code);
  free(text);
  if (!ok) {
    *error = "Module too large: \"" + url + "\"";
    return false;
  }
  v8::Local<v8::String> name = NewString(isolate, url.c_str());
  v8::Local<v8::Module> module;
  if (json) {
    v8::Local<v8::Value> value;
    if (!v8::JSON::Parse(context, code).ToLocal(&value)) return false;
    std::vector<v8::Local<v8::String>> exports = {NewString(isolate, "default")};
    module = v8::Module::CreateSyntheticModule(isolate, name, exports, EvaluateJsonModule);
    *out = AddModule(rt, url, json, module);
    (*out)->json_value.Reset(isolate, value);
    return true;
  }
  v8::ScriptOrigin origin(isolate, name, 0, 0, false, -1, v8::Local<v8::Value>(), false,
                          false, true /* is_module */);
  v8::ScriptCompiler::Source compile_source(code, origin);
  if (!v8::ScriptCompiler::CompileModule(isolate, &compile_source).ToLocal(&module)) return false;
  *out = AddModule(rt, url, json, module);
  return true;
}

// The `type` an import asserts: assert { type: "json" } makes a JSON
// module. assertions holds (key, value, location) triples, or with
// with_locations false (dynamic import) (key, value) pairs.
static bool ImportIsJson(v8::Local<v8::Context> context, v8::Local<v8::FixedArray> assertions,
                         bool with_locations, std::string* error) {
  v8::Isolate* isolate = context->GetIsolate();
  int step = with_locations ? 3 : 2;
  for (int i = 0; i + 1 < assertions->Length(); i += step) {
    std::string key = ToUtf8(isolate, assertions->Get(context, i).As<v8::Value>());
    std::string value = ToUtf8(isolate, assertions->Get(context, i + 1).As<v8::Value>());
    if (key != "type") continue;
    if (value == "json") return true;
    *error = "Invalid module type \"" + value + "\": only \"json\" is supported";
  }
  return false;
}

// Loads every module the entry's module imports, and theirs. Modules
// already in the map are not loaded again, but their imports are still
// walked (once per fetch: visited), since an earlier fetch that failed
// half-way may have left some of them unloaded. An import that fails to
// resolve or load names the importing module's line and column.
static bool FetchGraph(toy_runtime* rt, v8::Local<v8::Context> context,
                       ModuleEntry* entry, std::string* error,
                       std::unordered_set<std::string>* visited) {
  if (entry->json || !visited->insert(ModuleKey(entry->url, entry->json)).second) return true;
  v8::Isolate* isolate = rt->isolate;
  v8::Local<v8::Module> module = entry->module.Get(isolate);
  v8::Local<v8::FixedArray> requests = module->GetModuleRequests();
  for (int i = 0; i < requests->Length(); i++) {
    v8::Local<v8::ModuleRequest> request = requests->Get(context, i).As<v8::ModuleRequest>();
    std::string specifier = ToUtf8(isolate, request->GetSpecifier());
    v8::Location where = module->SourceOffsetToLocation(request->GetSourceOffset());
    std::string at = "\n    at " + entry->url + ":" + std::to_string(where.GetLineNumber() + 1) +
                     ":" + std::to_string(where.GetColumnNumber() + 1);
    bool json = ImportIsJson(context, request->GetImportAssertions(), true, error);
    if (!error->empty()) {
      *error += at;
      return false;
    }
    char* url = NULL;
    int rc = toy_resolve(specifier.c_str(), entry->url.c_str(), &url);
    if (rc != TOY_RESOLVE_OK) {
      char message[512];
      toy_resolve_error(rc, specifier.c_str(), message, sizeof message);
      *error = std::string(message) + at;
      return false;
    }
    std::string resolved(url);
    free(url);
    ModuleEntry* dep;
    if (!LoadModule(rt, context, resolved, json, NULL, 0, &dep, error)) {
      if (!error->empty()) *error += at;
      return false;
    }
    if (!FetchGraph(rt, context, dep, error, visited)) return false;
  }
  return true;
}

// V8 asks, while instantiating, for the module an import names. The graph
// is already loaded, so this only looks it up.
static v8::MaybeLocal<v8::Module> ResolveModule(v8::Local<v8::Context> context,
                                                v8::Local<v8::String> specifier,
                                                v8::Local<v8::FixedArray> assertions,
                                                v8::Local<v8::Module> referrer) {
  v8::Isolate* isolate = context->GetIsolate();
  toy_runtime* rt = RuntimeOf(isolate);
  ModuleEntry* from = EntryOf(rt, referrer);
  std::string error;
  bool json = ImportIsJson(context, assertions, true, &error);
  char* url = NULL;
  if (from != nullptr &&
      toy_resolve(ToUtf8(isolate, specifier).c_str(), from->url.c_str(), &url) == TOY_RESOLVE_OK) {
    auto found = rt->modules.map.find(ModuleKey(url, json));
    free(url);
    if (found != rt->modules.map.end()) return found->second->module.Get(isolate);
  }
  isolate->ThrowException(v8::Exception::Error(NewString(isolate, "module not loaded")));
  return v8::MaybeLocal<v8::Module>();
}

// import.meta.resolve(specifier): resolves against this module's URL.
void ImportMetaResolve(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::string referrer = ToUtf8(isolate, info.Data());
  std::string specifier = ToUtf8(isolate, info[0]);
  char* url = NULL;
  int rc = toy_resolve(specifier.c_str(), referrer.c_str(), &url);
  if (rc != TOY_RESOLVE_OK) {
    char message[512];
    toy_resolve_error(rc, specifier.c_str(), message, sizeof message);
    isolate->ThrowException(v8::Exception::TypeError(NewString(isolate, message)));
    return;
  }
  info.GetReturnValue().Set(NewString(isolate, url));
  free(url);
}

// V8 calls this the first time a module reads import.meta.
static void InitializeImportMeta(v8::Local<v8::Context> context, v8::Local<v8::Module> module,
                                 v8::Local<v8::Object> meta) {
  v8::Isolate* isolate = context->GetIsolate();
  toy_runtime* rt = RuntimeOf(isolate);
  ModuleEntry* entry = EntryOf(rt, module);
  if (entry == nullptr) return;
  v8::Local<v8::String> url = NewString(isolate, entry->url.c_str());
  meta->CreateDataProperty(context, NewString(isolate, "url"), url).Check();
  meta->CreateDataProperty(context, NewString(isolate, "main"),
                           v8::Boolean::New(isolate, entry->url == rt->modules.main_url))
      .Check();
  v8::Local<v8::Function> resolve;
  if (v8::Function::New(context, ImportMetaResolve, url).ToLocal(&resolve))
    meta->CreateDataProperty(context, NewString(isolate, "resolve"), resolve).Check();
}

// Steps 3 and 4: link the module to its imports, then run it. Returns the
// promise of its evaluation (modules may await at top level), or an empty
// handle with an exception pending.
static v8::MaybeLocal<v8::Promise> InstantiateAndEvaluate(toy_runtime* rt,
                                                          v8::Local<v8::Context> context,
                                                          ModuleEntry* entry) {
  v8::Local<v8::Module> module = entry->module.Get(rt->isolate);
  if (module->InstantiateModule(context, ResolveModule).IsNothing())
    return v8::MaybeLocal<v8::Promise>();
  v8::Local<v8::Value> result;
  if (!module->Evaluate(context).ToLocal(&result)) return v8::MaybeLocal<v8::Promise>();
  return result.As<v8::Promise>();
}

// Takes promise off the list of unhandled rejections: its rejection is
// reported by whoever is waiting for it.
static void ForgetRejection(toy_runtime* rt, v8::Local<v8::Promise> promise) {
  for (size_t i = 0; i < rt->checkpoint.rejected.size(); i++) {
    if (rt->checkpoint.rejected[i] == promise) {
      rt->checkpoint.rejected.erase(rt->checkpoint.rejected.begin() + i);
      rt->checkpoint.rejected_reasons.erase(rt->checkpoint.rejected_reasons.begin() + i);
      return;
    }
  }
}

// The main module's evaluation failed after an await.
void OnMainRejected(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  toy_runtime* rt = RuntimeOf(isolate);
  if (rt->exit_code != 0) return;
  if (rt->exiting) return;
  ReportException(isolate, info[0], v8::Exception::CreateMessage(isolate, info[0]), "Uncaught ");
  rt->exit_code = 1;
  toy_loop_stop(&rt->loop);
}

// Loads, links and runs the main module; its errors are reported here.
void RunMainModule(toy_runtime* rt, v8::Local<v8::Context> context, const char* url,
                          const char* source, size_t length) {
  v8::Isolate* isolate = rt->isolate;
  v8::TryCatch try_catch(isolate);
  std::string error;
  ModuleEntry* entry;
  rt->modules.main_url = url;
  std::unordered_set<std::string> visited;
  if (!LoadModule(rt, context, url, false, source, length, &entry, &error) ||
      !FetchGraph(rt, context, entry, &error, &visited)) {
    if (!error.empty()) {
      if (WorkerLoadFailed(rt, error)) return;
      fprintf(stderr, "error: %s\n", error.c_str());
      rt->exit_code = 1;
    } else {
      ReportCaught(rt, &try_catch);
    }
    return;
  }
  v8::Local<v8::Promise> done;
  DebuggerBeforeMain(rt);
  if (!InstantiateAndEvaluate(rt, context, entry).ToLocal(&done)) {
    ReportCaught(rt, &try_catch);
    return;
  }
  ForgetRejection(rt, done);
  done->MarkAsHandled();
  if (done->State() == v8::Promise::kRejected) {
    ReportException(isolate, done->Result(), v8::Exception::CreateMessage(isolate, done->Result()),
                    "Uncaught ");
    rt->exit_code = 1;
    return;
  }
  rt->modules.main_evaluation.Reset(isolate, done);
  v8::Local<v8::Function> on_rejected;
  if (v8::Function::New(context, OnMainRejected).ToLocal(&on_rejected))
    done->Catch(context, on_rejected).IsEmpty();
}

// import(): V8 asks for a promise now; the module is loaded later, from
// the loop, like any other I/O, and the promise settles then.
struct DynamicImport {
  uv_timer_t timer;  // first: the handle is the allocation (see ops.h)
  toy_runtime* rt;
  v8::Global<v8::Promise::Resolver> resolver;
  std::string specifier;
  std::string referrer;
  bool json;
};

void ReturnData(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(info.Data());
}

static void FinishDynamicImport(DynamicImport* job) {
  toy_runtime* rt = job->rt;
  v8::Isolate* isolate = rt->isolate;
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = rt->context.Get(isolate);
  v8::Context::Scope context_scope(context);
  v8::Local<v8::Promise::Resolver> resolver = job->resolver.Get(isolate);
  v8::TryCatch try_catch(isolate);
  std::string error;
  char* url = NULL;
  int rc = toy_resolve(job->specifier.c_str(), job->referrer.c_str(), &url);
  rt->modules.dynamic_fetch = true;  // LoadModule checks read access from here
  ModuleEntry* entry = nullptr;
  v8::Local<v8::Promise> evaluated;
  std::unordered_set<std::string> visited;
  if (rc != TOY_RESOLVE_OK) {
    char message[512];
    toy_resolve_error(rc, job->specifier.c_str(), message, sizeof message);
    error = message;
  } else if (LoadModule(rt, context, url, job->json, NULL, 0, &entry, &error) &&
             FetchGraph(rt, context, entry, &error, &visited) &&
             InstantiateAndEvaluate(rt, context, entry).ToLocal(&evaluated)) {
    // Resolve with the namespace once evaluation (maybe async) is done.
    v8::Local<v8::Value> ns = entry->module.Get(isolate)->GetModuleNamespace();
    v8::Local<v8::Function> give_ns;
    v8::Local<v8::Promise> chained;
    if (v8::Function::New(context, ReturnData, ns).ToLocal(&give_ns) &&
        evaluated->Then(context, give_ns).ToLocal(&chained))
      resolver->Resolve(context, chained).FromMaybe(false);
  }
  free(url);
  rt->modules.dynamic_fetch = false;
  if (!error.empty())
    resolver->Reject(context, v8::Exception::TypeError(NewString(isolate, error.c_str())))
        .FromMaybe(false);
  else if (try_catch.HasCaught())
    resolver->Reject(context, try_catch.Exception()).FromMaybe(false);
  Checkpoint(rt);
}

static void DeleteDynamicImport(uv_handle_t* handle) {
  delete reinterpret_cast<DynamicImport*>(handle);
}

static void OnDynamicImportTimer(uv_timer_t* timer) {
  DynamicImport* job = reinterpret_cast<DynamicImport*>(timer);
  job->rt->modules.imports.erase(job);
  if (!job->rt->exiting)
  FinishDynamicImport(job);
  uv_close(reinterpret_cast<uv_handle_t*>(timer), DeleteDynamicImport);
}

static v8::MaybeLocal<v8::Promise> ImportDynamically(v8::Local<v8::Context> context,
                                                     v8::Local<v8::Data>,
                                                     v8::Local<v8::Value> resource_name,
                                                     v8::Local<v8::String> specifier,
                                                     v8::Local<v8::FixedArray> assertions) {
  v8::Isolate* isolate = context->GetIsolate();
  toy_runtime* rt = RuntimeOf(isolate);
  v8::Local<v8::Promise::Resolver> resolver;
  if (!v8::Promise::Resolver::New(context).ToLocal(&resolver)) return v8::MaybeLocal<v8::Promise>();
  std::string error;
  DynamicImport* job = new DynamicImport();
  job->rt = rt;
  job->resolver.Reset(isolate, resolver);
  job->specifier = ToUtf8(isolate, specifier);
  // Code that has no file name imports relative to the main module.
  bool named = resource_name->IsString() && resource_name.As<v8::String>()->Length() > 0;
  job->referrer = named ? ToUtf8(isolate, resource_name) : rt->modules.main_url;
  job->json = ImportIsJson(context, assertions, false, &error);
  if (!error.empty()) {
    delete job;
    resolver->Reject(context, v8::Exception::TypeError(NewString(isolate, error.c_str())))
        .FromMaybe(false);
    return resolver->GetPromise();
  }
  uv_timer_init(&rt->loop.uv, &job->timer);
  uv_timer_start(&job->timer, OnDynamicImportTimer, 0, 0);
  rt->modules.imports.insert(job);
  return resolver->GetPromise();
}

// V8 asks the embedder for import() and for import.meta.
void ModulesInit(toy_runtime* rt) {
  rt->isolate->SetHostImportModuleDynamicallyCallback(ImportDynamically);
  rt->isolate->SetHostInitializeImportMetaObjectCallback(InitializeImportMeta);
}

// import()s still waiting for their turn are C++ objects, closed here
// with delete rather than by the loop's free(); then the module map goes.
void ModulesFree(toy_runtime* rt) {
  for (DynamicImport* job : rt->modules.imports)
    uv_close(reinterpret_cast<uv_handle_t*>(&job->timer), DeleteDynamicImport);
  rt->modules.imports.clear();
  for (auto& entry : rt->modules.map) delete entry.second;
  rt->modules.map.clear();
  rt->modules.by_hash.clear();
  rt->modules.main_evaluation.Reset();
}
