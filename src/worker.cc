//@ 19-workers
// worker.cc: workers. Each one is a whole runtime of its own (an isolate
// and context from the same snapshot, a libuv loop, a resource table, its
// permissions) on a thread of its own. Nothing of V8 ever crosses between
// them: a message is written out by V8's serializer on one thread, its
// bytes (and the memory of transferred and shared buffers) go through a
// channel (op_worker.c), and it is read back into a value on the other.
#include "bridge.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "walk.h"
#include "worker.h"

//> 19-workers worker-record
// A worker as both threads know it. The parent owns it: it frees it
// after joining the thread. lock guards isolate and stop, which the
// worker's thread sets while it runs and the parent uses to stop it.
struct WorkerThread {
  uv_thread_t thread;
  std::mutex lock;
  std::atomic<bool> terminating{false};
  v8::Isolate* isolate = nullptr;  // while its JS may run
  uv_async_t* stop = nullptr;      // wakes its loop to stop it
  toy_port* port = nullptr;        // its end of the channel to the parent
  std::string url, name;
  toy_permissions perms;
  toy_permissions graph;  // the parent's when it started (Deno's rule for a worker's modules)
  int argc = 0;
  char** argv = nullptr;
  bool trace = false;
};

// One channel end attached to this runtime's loop. The parent's end of a
// worker's channel knows its worker.
struct PortHandle {
  uv_async_t async;  // first: the block is freed through it
  toy_runtime* rt;
  toy_port* port;
  uint32_t id;
  WorkerThread* worker;
};
//< 19-workers worker-record

//> 19-workers message-data
// What a message carries besides its bytes: the memory of the
// ArrayBuffers it transfers, of the SharedArrayBuffers it shares (the
// same memory, seen from both isolates), and the channel ends it moves.
// An error report instead carries where the error was.
struct MessageData {
  uint8_t* bytes = nullptr;
  size_t length = 0;
  std::vector<std::shared_ptr<v8::BackingStore>> buffers;
  std::vector<std::shared_ptr<v8::BackingStore>> shared;
  std::vector<toy_port*> ports;
  std::string message, filename;
  int lineno = 0, colno = 0;
};

static void FreeMessageData(void* data) {
  MessageData* d = static_cast<MessageData*>(data);
  free(d->bytes);
  for (toy_port* port : d->ports) {  // never landed: closed with it
    toy_port_close(port);
    toy_port_release(port);
  }
  delete d;
}
//< 19-workers message-data

static void OnPortWake(uv_async_t* async);

//> 19-workers open-port
// Attaches a channel end to rt's loop under a new id. A port with no
// listener yet does not keep the loop alive (ref: whether it does).
static PortHandle* OpenPort(toy_runtime* rt, toy_port* port, WorkerThread* worker, bool ref) {
  PortHandle* h = static_cast<PortHandle*>(calloc(1, sizeof(PortHandle)));
  if (h == nullptr) return nullptr;
  uv_async_init(&rt->loop.uv, &h->async, OnPortWake);
  if (!ref) uv_unref(reinterpret_cast<uv_handle_t*>(&h->async));
  h->rt = rt;
  h->port = port;
  h->id = ++rt->worker.next_port;
  h->worker = worker;
  rt->worker.ports[h->id] = h;
  toy_port_attach(port, &h->async);
  return h;
}

// Detaches h from the loop; closes its end too unless it travels on
// (transferred in a message, which now holds its reference).
static void ClosePort(PortHandle* h, bool keep_port) {
  toy_port_attach(h->port, nullptr);
  if (!keep_port) {
    toy_port_close(h->port);
    toy_port_release(h->port);
  }
  h->rt->worker.ports.erase(h->id);
  uv_close(reinterpret_cast<uv_handle_t*>(&h->async), [](uv_handle_t* x) { free(x); });
}
//< 19-workers open-port

static PortHandle* PortById(toy_runtime* rt, v8::Local<v8::Value> id) {
  if (!id->IsUint32()) return nullptr;
  auto it = rt->worker.ports.find(id.As<v8::Uint32>()->Value());
  return it == rt->worker.ports.end() ? nullptr : it->second;
}

static void Throw(v8::Isolate* isolate, const char* cls, const char* message) {
  v8::Local<v8::String> text = NewString(isolate, message);
  isolate->ThrowException(strcmp(cls, "TypeError") == 0 ? v8::Exception::TypeError(text) : v8::Exception::Error(text));
}

// The objects JS sees as MessagePorts are made from this template: an
// object with an internal field is what V8's serializer hands to the
// delegate (WriteHostObject) instead of copying it.
static v8::Local<v8::Object> NewPortObject(toy_runtime* rt, v8::Local<v8::Context> context, uint32_t id) {
  v8::Isolate* isolate = rt->isolate;
  if (rt->worker.port_template.IsEmpty()) {
    v8::Local<v8::ObjectTemplate> t = v8::ObjectTemplate::New(isolate);
    t->SetInternalFieldCount(1);
    rt->worker.port_template.Reset(isolate, t);
  }
  v8::Local<v8::Object> obj = rt->worker.port_template.Get(isolate)->NewInstance(context).ToLocalChecked();
  obj->SetInternalField(0, v8::Integer::NewFromUnsigned(isolate, id));
  return obj;
}

//> 19-workers serializer-delegate
// V8's serializer asks its delegate about what it cannot write alone: a
// SharedArrayBuffer (the delegate keeps its memory, and writes an index),
// a host object (a MessagePort, which must be in the transfer list), and
// how to throw when a value cannot be cloned. The JS side turns the Error
// thrown here into a DataCloneError.
struct Writer : v8::ValueSerializer::Delegate {
  v8::Isolate* isolate;
  MessageData* data;
  std::vector<v8::Local<v8::SharedArrayBuffer>> shared;
  std::vector<v8::Local<v8::Object>> ports;  // the transfer list's

  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    isolate->ThrowException(v8::Exception::Error(message));
  }
  v8::Maybe<uint32_t> GetSharedArrayBufferId(v8::Isolate*, v8::Local<v8::SharedArrayBuffer> sab) override {
    for (uint32_t i = 0; i < shared.size(); i++)
      if (shared[i] == sab) return v8::Just(i);
    shared.push_back(sab);
    data->shared.push_back(sab->GetBackingStore());
    return v8::Just(static_cast<uint32_t>(shared.size() - 1));
  }
  v8::Maybe<bool> WriteHostObject(v8::Isolate*, v8::Local<v8::Object> object) override {
    for (uint32_t i = 0; i < ports.size(); i++) {
      if (ports[i] == object) {
        serializer->WriteUint32(i);
        return v8::Just(true);
      }
    }
    isolate->ThrowException(v8::Exception::Error(
        NewString(isolate, "A MessagePort must be in the transfer list to be sent")));
    return v8::Just(false);  // V8 sees the exception, whatever this says
  }
  v8::ValueSerializer* serializer = nullptr;
};

// And the deserializer's: the same index finds the same memory, or the
// channel end, now attached to this runtime as a new MessagePort.
struct Reader : v8::ValueDeserializer::Delegate {
  toy_runtime* rt;
  MessageData* data;
  v8::ValueDeserializer* deserializer = nullptr;
  std::vector<v8::Local<v8::Object>> landed;  // the ports made, in order
  std::vector<uint32_t> landed_ids;
  std::vector<v8::Local<v8::Object>> port_objects;

  v8::MaybeLocal<v8::SharedArrayBuffer> GetSharedArrayBufferFromId(v8::Isolate* isolate, uint32_t id) override {
    if (id >= data->shared.size()) return v8::MaybeLocal<v8::SharedArrayBuffer>();
    return v8::SharedArrayBuffer::New(isolate, data->shared[id]);
  }
  v8::MaybeLocal<v8::Object> ReadHostObject(v8::Isolate*) override {
    uint32_t index;
    if (!deserializer->ReadUint32(&index) || index >= port_objects.size()) return v8::MaybeLocal<v8::Object>();
    return port_objects[index];
  }
};
//< 19-workers serializer-delegate

//> 19-workers post-message
// Toy.core.postMessage(portId, value, transfer): writes value out, with
// the ArrayBuffers and MessagePorts listed in transfer moved rather than
// copied, and puts it in the channel. A listed buffer is detached here
// (byteLength 0 from now on); its memory goes with the message.
static void PostMessage(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  toy_runtime* rt = RuntimeOf(isolate);
  PortHandle* from = PortById(rt, info[0]);
  if (from == nullptr) return;  // closed or terminated: the message goes nowhere
  if (!info[2]->IsArray()) return Throw(isolate, "TypeError", "The transfer list is not an array");
  v8::Local<v8::Array> list = info[2].As<v8::Array>();
  std::vector<v8::Local<v8::ArrayBuffer>> buffers;
  std::vector<PortHandle*> moving;
  MessageData* data = new MessageData();
  Writer writer;
  writer.isolate = isolate;
  writer.data = data;
  for (uint32_t i = 0; i < list->Length(); i++) {
    v8::Local<v8::Value> item;
    if (!list->Get(context, i).ToLocal(&item)) {
      FreeMessageData(data);
      return;
    }
    const char* problem = nullptr;
    std::string text;  // Deno's messages
    if (item->IsArrayBuffer()) {
      v8::Local<v8::ArrayBuffer> ab = item.As<v8::ArrayBuffer>();
      if (ab->WasDetached()) {
        text = "ArrayBuffer at index " + std::to_string(buffers.size()) + " is already detached";
        problem = text.c_str();
      }
      else if (!ab->IsDetachable()) problem = "An ArrayBuffer could not be transferred";
      for (auto& seen : buffers)
        if (seen == ab && problem == nullptr) {
          text = "ArrayBuffer at index " + std::to_string(buffers.size()) +
                 " is a duplicate of an earlier ArrayBuffer. Duplicate ArrayBuffers cannot be transferred.";
          problem = text.c_str();
        }
      if (problem == nullptr) buffers.push_back(ab);
    } else if (item->IsObject() && item.As<v8::Object>()->InternalFieldCount() == 1) {
      PortHandle* h = PortById(rt, item.As<v8::Object>()->GetInternalField(0));
      if (h == nullptr) problem = "Can not transfer disentangled message port";
      else if (h == from) problem = "Transfer list contains source port";
      else if (h->worker != nullptr) problem = "Value not transferable";
      for (auto& seen : writer.ports)
        if (seen == item) problem = "A MessagePort is listed twice in the transfer list";
      if (problem == nullptr) {
        writer.ports.push_back(item.As<v8::Object>());
        moving.push_back(h);
      }
    } else {
      problem = "Value not transferable";
    }
    if (problem != nullptr) {
      FreeMessageData(data);
      return Throw(isolate, "Error", problem);
    }
  }
  v8::ValueSerializer serializer(isolate, &writer);
  writer.serializer = &serializer;
  for (uint32_t i = 0; i < buffers.size(); i++) serializer.TransferArrayBuffer(i, buffers[i]);
  serializer.WriteHeader();
  if (serializer.WriteValue(context, info[1]).IsNothing()) {
    FreeMessageData(data);
    return;  // thrown
  }
  std::pair<uint8_t*, size_t> bytes = serializer.Release();
  data->bytes = bytes.first;
  data->length = bytes.second;
  // Writing the value ran its getters, which may have detached a listed
  // buffer, closed a listed port, or closed (terminated) this one: all
  // found again before anything is moved.
  for (v8::Local<v8::ArrayBuffer>& buffer : buffers) {
    if (buffer->WasDetached()) {
      FreeMessageData(data);
      return Throw(isolate, "Error", "An ArrayBuffer is detached and could not be cloned.");
    }
  }
  for (PortHandle*& h : moving) {
    if ((h = PortById(rt, writer.ports[&h - &moving[0]]->GetInternalField(0))) == nullptr) {
      FreeMessageData(data);
      return Throw(isolate, "Error", "A MessagePort in the transfer list was closed while the value was written");
    }
  }
  if ((from = PortById(rt, info[0])) == nullptr) {
    FreeMessageData(data);
    return;
  }
  for (v8::Local<v8::ArrayBuffer>& buffer : buffers) {
    data->buffers.push_back(buffer->GetBackingStore());
    buffer->Detach();
  }
  for (PortHandle* h : moving) {
    data->ports.push_back(h->port);
    ClosePort(h, true);  // the message holds the end now
  }
  toy_msg* m = toy_msg_new(TOY_MSG_DATA, data, FreeMessageData);
  if (m == nullptr) return Throw(isolate, "Error", "out of memory");
  toy_port_post(from->port, m);
}
//< 19-workers post-message

//> 19-workers receive
// Reads a message back into a value in this isolate. The ports it carries
// are attached to this loop first, so that the value can hold them.
static v8::MaybeLocal<v8::Value> ReadMessage(toy_runtime* rt, v8::Local<v8::Context> context,
                                             MessageData* data, v8::Local<v8::Array> ports) {
  v8::Isolate* isolate = rt->isolate;
  Reader reader;
  reader.rt = rt;
  reader.data = data;
  for (toy_port* port : data->ports) {
    PortHandle* h = OpenPort(rt, port, nullptr, false);
    if (h == nullptr) {
      toy_port_close(port);
      toy_port_release(port);
      continue;
    }
    v8::Local<v8::Object> obj = NewPortObject(rt, context, h->id);
    reader.port_objects.push_back(obj);
    uint32_t n = ports->Length();
    ports->CreateDataProperty(context, n, obj).Check();
    ports->CreateDataProperty(context, n + 1, v8::Integer::NewFromUnsigned(isolate, h->id)).Check();
  }
  data->ports.clear();  // attached: no longer the message's to close
  v8::ValueDeserializer deserializer(isolate, data->bytes, data->length, &reader);
  reader.deserializer = &deserializer;
  for (uint32_t i = 0; i < data->buffers.size(); i++)
    deserializer.TransferArrayBuffer(i, v8::ArrayBuffer::New(isolate, data->buffers[i]));
  if (deserializer.ReadHeader(context).IsNothing()) return v8::MaybeLocal<v8::Value>();
  return deserializer.ReadValue(context);
}

// The loop was woken for h: every message waiting is handed, one by one,
// to the JS handler (js/21_workers.js), with a checkpoint after each, as
// after any task. The handler is kept in the context, so that it is
// there after a snapshot.
static void OnPortWake(uv_async_t* async) {
  PortHandle* h = reinterpret_cast<PortHandle*>(async);
  toy_runtime* rt = h->rt;
  uint32_t id = h->id;
  toy_msg* list = toy_port_take(h->port);
  v8::Isolate* isolate = rt->isolate;
  while (list != nullptr) {
    toy_msg* m = list;
    list = m->next;
    m->next = nullptr;
    if (rt->exit_code != 0 || rt->exiting || rt->worker.ports.count(id) == 0) {
      toy_msg_free(m);  // the run is over, or the port closed meanwhile
      continue;
    }
    MessageData* data = static_cast<MessageData*>(m->data);
    v8::HandleScope handle_scope(isolate);
    v8::Local<v8::Context> context = rt->context.Get(isolate);
    v8::Context::Scope context_scope(context);
    v8::Local<v8::Value> handler = context->GetEmbedderData(kPortHandlerSlot);
    if (!handler->IsFunction()) {
      toy_msg_free(m);
      continue;
    }
    v8::TryCatch try_catch(isolate);
    v8::Local<v8::Value> value = v8::Undefined(isolate);
    v8::Local<v8::Array> ports = v8::Array::New(isolate);
    int kind = m->kind;
    if (kind == TOY_MSG_DATA) {
      v8::TryCatch read_catch(isolate);
      if (!ReadMessage(rt, context, data, ports).ToLocal(&value)) {
        kind = 3;  // messageerror: what could not be read
        value = read_catch.HasCaught() ? read_catch.Exception() : v8::Undefined(isolate).As<v8::Value>();
      }
    } else if (kind == TOY_MSG_ERROR) {
      v8::Local<v8::Object> error = v8::Object::New(isolate);
      error->CreateDataProperty(context, NewString(isolate, "message"), NewString(isolate, data->message.c_str())).Check();
      error->CreateDataProperty(context, NewString(isolate, "filename"), NewString(isolate, data->filename.c_str())).Check();
      error->CreateDataProperty(context, NewString(isolate, "lineno"), v8::Integer::New(isolate, data->lineno)).Check();
      error->CreateDataProperty(context, NewString(isolate, "colno"), v8::Integer::New(isolate, data->colno)).Check();
      value = error;
    } else if (kind == TOY_MSG_CLOSE && h->worker != nullptr) {
      // The worker has ended: its thread is only freeing its runtime now,
      // so it is joined here, and nothing keeps this loop for it.
      WorkerThread* w = h->worker;
      ClosePort(h, false);
      for (size_t i = 0; i < rt->worker.children.size(); i++) {
        if (rt->worker.children[i] == w) {
          uv_thread_join(&w->thread);
          rt->worker.children.erase(rt->worker.children.begin() + i);
          delete w;
          break;
        }
      }
    }
    toy_msg_free(m);
    v8::Local<v8::Value> args[] = {v8::Integer::NewFromUnsigned(isolate, id), v8::Integer::New(isolate, kind),
                                   value, ports};
    if (handler.As<v8::Function>()->Call(context, v8::Undefined(isolate), 4, args).IsEmpty()) {
      ReportCaught(rt, &try_catch);
      toy_loop_stop(&rt->loop);
      continue;
    }
    Checkpoint(rt);
  }
}
//< 19-workers receive

// Toy.core.setPortHandler(fn): where messages go (js/21_workers.js).
static void SetPortHandler(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (info[0]->IsFunction()) info.GetIsolate()->GetCurrentContext()->SetEmbedderData(kPortHandlerSlot, info[0]);
}

// Toy.core.portClose(id), Toy.core.portRef(id, on): a MessagePort closed, or started (it
// then keeps the loop alive, as in Deno). Never either end of a worker's own channel.
static void PortClose(const v8::FunctionCallbackInfo<v8::Value>& info) {
  toy_runtime* rt = RuntimeOf(info.GetIsolate());
  PortHandle* h = PortById(rt, info[0]);
  if (h != nullptr && h->worker == nullptr && h->id != rt->worker.self_port) ClosePort(h, false);
}

static void PortRef(const v8::FunctionCallbackInfo<v8::Value>& info) {
  toy_runtime* rt = RuntimeOf(info.GetIsolate());
  PortHandle* h = PortById(rt, info[0]);
  if (h == nullptr || h->worker != nullptr || h->id == rt->worker.self_port) return;
  uv_handle_t* handle = reinterpret_cast<uv_handle_t*>(&h->async);
  if (info[1]->BooleanValue(info.GetIsolate())) uv_ref(handle);
  else uv_unref(handle);
}

// Toy.core.newChannel(): [port1, id1, port2, id2] for a MessageChannel.
static void NewChannel(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  toy_runtime* rt = RuntimeOf(isolate);
  toy_port *a, *b;
  if (toy_channel_new(&a, &b) != 0) return Throw(isolate, "Error", "out of memory");
  PortHandle* ha = OpenPort(rt, a, nullptr, false);
  PortHandle* hb = ha ? OpenPort(rt, b, nullptr, false) : nullptr;
  if (hb == nullptr) {  // out of memory: whatever was opened goes
    if (ha != nullptr) ClosePort(ha, false);
    else toy_port_release(a);
    toy_port_release(b);
    return Throw(isolate, "Error", "out of memory");
  }
  v8::Local<v8::Array> out = v8::Array::New(isolate);
  out->CreateDataProperty(context, 0, NewPortObject(rt, context, ha->id)).Check();
  out->CreateDataProperty(context, 1, v8::Integer::NewFromUnsigned(isolate, ha->id)).Check();
  out->CreateDataProperty(context, 2, NewPortObject(rt, context, hb->id)).Check();
  out->CreateDataProperty(context, 3, v8::Integer::NewFromUnsigned(isolate, hb->id)).Check();
  info.GetReturnValue().Set(out);
}

//> 19-workers stop-worker
// Stops a worker from any thread: V8 unwinds whatever JS it runs (an
// endless loop too, and an Atomics.wait), and its loop is woken to end.
static void StopWorker(WorkerThread* w) {
  std::lock_guard<std::mutex> guard(w->lock);
  w->terminating = true;
  if (w->isolate != nullptr) w->isolate->TerminateExecution();
  if (w->stop != nullptr) uv_async_send(w->stop);
}

static void OnStop(uv_async_t* async) {
  toy_runtime* rt = static_cast<toy_runtime*>(async->data);
  toy_loop_stop(&rt->loop);
}
//< 19-workers stop-worker

//> 19-workers error-report
// In a worker an uncaught error is reported as Deno reports it, the
// worker named ("Uncaught (in worker \"name\") Error: boom"), and kept
// for the parent's error event; a worker being terminated reports
// nothing. Returns false when nothing is to be printed.
bool WorkerReport(v8::Isolate* isolate, v8::Local<v8::Value> exception, v8::Local<v8::Message> message,
                  const char* kind, std::string* worker_kind) {
  toy_runtime* rt = RuntimeOf(isolate);
  WorkerThread* w = rt->worker.self;
  if (w == nullptr) return true;
  if (w->terminating || isolate->IsExecutionTerminating()) return false;
  std::string rest = strncmp(kind, "Uncaught ", 9) == 0 ? kind + 9 : kind;
  *worker_kind = "Uncaught (in worker \"" + w->name + "\") " + rest;
  if (rt->worker.error_kept) return true;
  rt->worker.error_kept = true;
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  rt->worker.error_message = std::string("Uncaught ") + rest + ToUtf8(isolate, exception);
  v8::Local<v8::StackTrace> stack;
  if (exception->IsObject()) stack = v8::Exception::GetStackTrace(exception);
  // Where: the first frame in the program's own code, not the runtime's.
  for (int i = 0; !stack.IsEmpty() && i < stack->GetFrameCount(); i++) {
    v8::Local<v8::StackFrame> frame = stack->GetFrame(isolate, i);
    std::string file = ToUtf8(isolate, frame->GetScriptName());
    if (file.compare(0, 6, "toyjs:") == 0) continue;
    rt->worker.error_file = file;
    rt->worker.error_line = frame->GetLineNumber();
    rt->worker.error_col = frame->GetColumn();
    return true;
  }
  if (!message.IsEmpty()) {
    rt->worker.error_file = ToUtf8(isolate, message->GetScriptResourceName());
    rt->worker.error_line = message->GetLineNumber(context).FromMaybe(0);
    rt->worker.error_col = message->GetStartColumn(context).FromMaybe(0) + 1;
  }
  return true;
}

// A worker's module, or one in its graph, that cannot be read: said with
// the worker's name and kept for the parent. False outside a worker.
bool WorkerLoadFailed(toy_runtime* rt, const std::string& text) {
  WorkerThread* w = rt->worker.self;
  if (w == nullptr) return false;
  if (!w->terminating) {
    fflush(stdout);
    fprintf(stderr, "error: Uncaught (in worker \"%s\") %s\n", w->name.c_str(), text.c_str());
  }
  rt->worker.error_kept = true;
  rt->worker.error_message = "Uncaught " + text.substr(0, text.find('\n'));
  rt->exit_code = 1;
  return true;
}
//< 19-workers error-report

//> 19-workers worker-run
// Runs the worker's module and its loop. The loop lives as long as the
// channel to the parent is attached: until self.close() or terminate().
static void RunWorker(toy_runtime* rt, WorkerThread* w) {
  v8::Isolate* isolate = rt->isolate;
  v8::Isolate::Scope isolate_scope(isolate);
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = rt->context.Get(isolate);
  v8::Context::Scope context_scope(context);
  char* path = toy_url_to_path(w->url.c_str());
  char* source = nullptr;
  size_t length = 0;
  char* checked = nullptr;
  char denied[512] = "";
  if (path != nullptr && toy_perm_check_path(rt->worker.graph, TOY_PERM_READ, path, 1, &checked, denied,
                                             sizeof denied) == 0)
    toy_walk_read(checked, &source, &length);
  free(checked);
  if (source == nullptr) {
    WorkerLoadFailed(rt, denied[0] ? denied : "Module not found \"" + w->url + "\".");
    free(path);
    return;
  }
  free(path);
  // The global becomes the worker's (js/21_workers.js), then its module runs.
  {
    v8::TryCatch try_catch(isolate);
    v8::Local<v8::Value> toy, core, boot;
    if (context->Global()->Get(context, NewString(isolate, "Toy")).ToLocal(&toy) && toy->IsObject() &&
        toy.As<v8::Object>()->Get(context, NewString(isolate, "core")).ToLocal(&core) && core->IsObject() &&
        core.As<v8::Object>()->Get(context, NewString(isolate, "bootWorker")).ToLocal(&boot) &&
        boot->IsFunction() && boot.As<v8::Function>()->Call(context, v8::Undefined(isolate), 0, nullptr).IsEmpty()) {
      ReportCaught(rt, &try_catch);
      free(source);
      return;
    }
  }
  RunMainModule(rt, context, w->url.c_str(), source, length);
  free(source);
  if (rt->exit_code == 0 && Checkpoint(rt)) toy_loop_run(&rt->loop);
}

// The thread: a runtime made here, so that its isolate is only ever
// entered from this thread; run; tell the parent how it ended; free it.
static void WorkerMain(void* arg) {
  WorkerThread* w = static_cast<WorkerThread*>(arg);
  toy_runtime* rt = toy_runtime_new();
  if (rt == nullptr) {
    toy_permissions_free(&w->perms);
    toy_permissions_free(&w->graph);
    toy_port_post(w->port, toy_msg_new(TOY_MSG_CLOSE, nullptr, nullptr));
    toy_port_close(w->port);
    toy_port_release(w->port);
    return;
  }
  toy_runtime_set_permissions(rt, &w->perms);  // the runtime owns them now
  toy_runtime_set_args(rt, w->argc, w->argv);
  rt->state.trace = w->trace;  // (not the fast calls' trace: that is the main runtime's)
  rt->worker.self = w;
  rt->worker.graph = &w->graph;
  // So that an error keeps where it was made, for the parent's event,
  // even when it is thrown again elsewhere (by an event listener's report).
  rt->isolate->SetCaptureStackTraceForUncaughtExceptions(true, 16);
  PortHandle* parent = OpenPort(rt, w->port, nullptr, true);
  rt->worker.self_port = parent ? parent->id : 0;
  uv_async_t* stop = static_cast<uv_async_t*>(calloc(1, sizeof(uv_async_t)));
  uv_async_init(&rt->loop.uv, stop, OnStop);
  stop->data = rt;
  uv_unref(reinterpret_cast<uv_handle_t*>(stop));
  {
    std::lock_guard<std::mutex> guard(w->lock);
    w->isolate = rt->isolate;
    w->stop = stop;
  }
  if (!w->terminating && rt->exit_code == 0) RunWorker(rt, w);
  {
    std::lock_guard<std::mutex> guard(w->lock);
    w->isolate = nullptr;
    w->stop = nullptr;
  }
  uv_close(reinterpret_cast<uv_handle_t*>(stop), [](uv_handle_t* x) { free(x); });
  rt->worker.graph = nullptr;  // no module is read from here on; w goes once the parent hears CLOSE
  toy_permissions_free(&w->graph);
//> 19-workers forward-error
  // An uncaught error ends the worker; the parent hears of it first, then
  // of the end, in that order, on the same channel as the messages.
  if (rt->exit_code != 0 && !w->terminating && !rt->exiting) {
    MessageData* d = new MessageData();
    d->message = rt->worker.error_message;
    d->filename = rt->worker.error_file;
    d->lineno = rt->worker.error_line;
    d->colno = rt->worker.error_col;
    toy_msg* m = toy_msg_new(TOY_MSG_ERROR, d, FreeMessageData);
    if (m != nullptr) toy_port_post(w->port, m);
  }
//< 19-workers forward-error
  toy_msg* end = toy_msg_new(TOY_MSG_CLOSE, nullptr, nullptr);
  if (end != nullptr) toy_port_post(w->port, end);
  if (toy_runtime_free(rt) != 0) {
    // Work still on the threadpool will use this loop: it cannot go.
    // The process ends without it (see main).
  }
}
//< 19-workers worker-run

//> 19-workers worker-create
// The parent's permissions, narrowed as options.deno.permissions asks:
// "inherit" (or none given), "none", or per kind true / false /
// "inherit" / a list. Throws (and returns false) when asked for more.
static bool NarrowPermissions(toy_runtime* rt, v8::Local<v8::Context> context, v8::Local<v8::Value> spec,
                              toy_permissions* perms) {
  v8::Isolate* isolate = rt->isolate;
  char err[256] = "";
  for (int k = 0; k < TOY_PERM_KINDS; k++) {
    toy_perm_kind kind = static_cast<toy_perm_kind>(k);
    v8::Local<v8::Value> v = spec;
    if (spec->IsObject() &&
        !spec.As<v8::Object>()->Get(context, NewString(isolate, toy_perm_kind_name(kind))).ToLocal(&v))
      return false;
    int how = -1;
    std::string list;
    if (v->IsUndefined() || (v->IsString() && ToUtf8(isolate, v) == "inherit")) continue;
    if (v->IsFalse() || (v->IsString() && ToUtf8(isolate, v) == "none")) how = TOY_PERM_NONE;
    else if (v->IsTrue()) how = TOY_PERM_ALL;
    else if (v->IsArray()) {
      how = TOY_PERM_ONLY;
      v8::Local<v8::Array> items = v.As<v8::Array>();
      for (uint32_t i = 0; i < items->Length(); i++) {
        v8::Local<v8::Value> item;
        if (!items->Get(context, i).ToLocal(&item)) return false;
        std::string s = ToUtf8(isolate, item);
        if (s.empty() || s.find(',') != std::string::npos) {
          Throw(isolate, "TypeError", "A permission list item is empty or holds a comma");
          return false;
        }
        list += (i ? "," : "") + s;
      }
    } else {
      std::string text = std::string("Invalid permission value for \"") + toy_perm_kind_name(kind) +
                         "\": expected \"inherit\", \"none\", a boolean or a list";
      Throw(isolate, "TypeError", text.c_str());
      return false;
    }
    if (toy_permissions_narrow(perms, &rt->state.perms, kind, how, list.c_str(), err, sizeof err) != 0) {
      v8::Local<v8::Value> error = v8::Exception::Error(NewString(isolate, err));
      v8::Local<v8::Object> classes = rt->bind.error_classes.IsEmpty() ? v8::Local<v8::Object>()
                                                                      : rt->bind.error_classes.Get(isolate);
      v8::Local<v8::Value> cls;
      if (!classes.IsEmpty() && strstr(err, "escalate") != nullptr &&
          classes->Get(context, NewString(isolate, "PermissionDenied")).ToLocal(&cls) && cls->IsFunction()) {
        v8::Local<v8::Value> argv[] = {NewString(isolate, err)};
        v8::Local<v8::Object> made;
        if (cls.As<v8::Function>()->NewInstance(context, 1, argv).ToLocal(&made)) error = made;
      }
      isolate->ThrowException(error);
      return false;
    }
  }
  return true;
}

// Where the calling module is: the first frame of the stack that is not
// the runtime's own JS. A worker's specifier is resolved against it, as
// an import in that module would be.
static std::string CallerUrl(toy_runtime* rt) {
  v8::Isolate* isolate = rt->isolate;
  v8::Local<v8::StackTrace> stack = v8::StackTrace::CurrentStackTrace(isolate, 16);
  for (int i = 0; i < stack->GetFrameCount(); i++) {
    std::string name = ToUtf8(isolate, stack->GetFrame(isolate, i)->GetScriptName());
    if (name.compare(0, 6, "toyjs:") != 0 && !name.empty() && name != "undefined") return name;
  }
  return rt->modules.main_url;
}

// Toy.core.workerCreate(specifier, name, permissions): resolves the
// specifier, makes the channel, starts the thread; returns the id of the
// parent's end of the channel, which stands for the worker from then on.
static void WorkerCreate(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  toy_runtime* rt = RuntimeOf(isolate);
  // While --build-snapshot runs, the snapshot's creator owns the one
  // isolate a new runtime would get: no second runtime can be made.
  if (SnapshotOwnsIsolate()) return Throw(isolate, "Error", "Workers cannot be started while a snapshot is being built");
  std::string specifier = ToUtf8(isolate, info[0]);
  std::string referrer = CallerUrl(rt);
  char* url = nullptr;
  int rc = toy_resolve(specifier.c_str(), referrer.c_str(), &url);
  if (rc != TOY_RESOLVE_OK) {
    char message[512];
    toy_resolve_error(rc, specifier.c_str(), message, sizeof message);
    return Throw(isolate, "TypeError", message);
  }
  WorkerThread* w = new WorkerThread();
  w->url = url;
  free(url);
  if (w->url.compare(0, 7, "file://") != 0) {
    delete w;
    std::string text = "Unsupported scheme for a worker: \"" + specifier + "\"";
    return Throw(isolate, "TypeError", text.c_str());
  }
  w->name = ToUtf8(isolate, info[1]);
  if (toy_permissions_copy(&w->perms, &rt->state.perms) != 0) {
    delete w;
    return Throw(isolate, "Error", "out of memory");
  }
  if (toy_permissions_copy(&w->graph, &rt->state.perms) != 0) {
    toy_permissions_free(&w->perms);
    delete w;
    return Throw(isolate, "Error", "out of memory");
  }
  if (!info[2]->IsUndefined() && !NarrowPermissions(rt, context, info[2], &w->perms)) {
    toy_permissions_free(&w->perms);
    toy_permissions_free(&w->graph);
    delete w;
    return;
  }
  w->argc = rt->state.argc;
  w->argv = rt->state.argv;
  w->trace = rt->state.trace != 0;
  toy_port* mine;
  if (toy_channel_new(&mine, &w->port) != 0) {
    toy_permissions_free(&w->perms);
    toy_permissions_free(&w->graph);
    delete w;
    return Throw(isolate, "Error", "out of memory");
  }
  PortHandle* h = OpenPort(rt, mine, w, true);  // keeps this loop alive while the worker is
  if (h == nullptr || uv_thread_create(&w->thread, WorkerMain, w) != 0) {
    if (h != nullptr) ClosePort(h, false);
    else {
      toy_port_close(mine);
      toy_port_release(mine);
    }
    toy_port_release(w->port);
    toy_permissions_free(&w->perms);
    toy_permissions_free(&w->graph);
    delete w;
    return Throw(isolate, "Error", "Could not start a thread for the worker");
  }
  rt->worker.children.push_back(w);
  info.GetReturnValue().Set(v8::Integer::NewFromUnsigned(isolate, h->id));
}
//< 19-workers worker-create

//> 19-workers terminate
// Toy.core.workerTerminate(id): worker.terminate(). Stopped at once; its
// messages, sent or on their way, are dropped; this loop no longer waits
// for it. The thread is joined when this runtime ends.
static void WorkerTerminate(const v8::FunctionCallbackInfo<v8::Value>& info) {
  PortHandle* h = PortById(RuntimeOf(info.GetIsolate()), info[0]);
  if (h == nullptr || h->worker == nullptr) return;
  StopWorker(h->worker);
  ClosePort(h, false);
}

// Toy.core.workerClose(): self.close() in a worker: the loop ends after
// this task, and the parent hears the worker has ended.
static void WorkerClose(const v8::FunctionCallbackInfo<v8::Value>& info) {
  toy_runtime* rt = RuntimeOf(info.GetIsolate());
  if (rt->worker.self == nullptr) return;
  toy_loop_stop(&rt->loop);
}
//< 19-workers terminate

// Toy.core.workerSelf(): in a worker, [the id of its channel to the
// parent, its name]; in the main runtime, undefined.
static void WorkerSelf(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  toy_runtime* rt = RuntimeOf(isolate);
  if (rt->worker.self == nullptr) return;
  v8::Local<v8::Array> out = v8::Array::New(isolate);
  out->CreateDataProperty(context, 0, v8::Integer::NewFromUnsigned(isolate, rt->worker.self_port)).Check();
  out->CreateDataProperty(context, 1, NewString(isolate, rt->worker.self->name.c_str())).Check();
  info.GetReturnValue().Set(out);
}

void WorkerInstall(v8::Local<v8::Context> context, v8::Local<v8::Object> core) {
  SetFunction(context, core, "workerCreate", WorkerCreate);
  SetFunction(context, core, "workerTerminate", WorkerTerminate);
  SetFunction(context, core, "workerClose", WorkerClose);
  SetFunction(context, core, "workerSelf", WorkerSelf);
  SetFunction(context, core, "postMessage", PostMessage);
  SetFunction(context, core, "setPortHandler", SetPortHandler);
  SetFunction(context, core, "portClose", PortClose);
  SetFunction(context, core, "portRef", PortRef);
  SetFunction(context, core, "newChannel", NewChannel);
}

void WorkerReferences(std::vector<intptr_t>* refs) {
  for (v8::FunctionCallback f : {WorkerCreate, WorkerTerminate, WorkerClose, WorkerSelf, PostMessage,
                                 SetPortHandler, PortClose, PortRef, NewChannel})
    refs->push_back(reinterpret_cast<intptr_t>(f));
}

void WorkerInit(toy_runtime* rt) {
  rt->worker.next_port = 0;
  rt->worker.self = nullptr;
  rt->worker.graph = nullptr;
  rt->worker.self_port = 0;
  rt->worker.error_kept = false;
  rt->worker.error_line = rt->worker.error_col = 0;
}

//> 19-workers worker-free
// At the end of a runtime: every worker it started is stopped and its
// thread joined (each frees its own workers the same way first), then
// every channel end still attached is closed.
void WorkerFree(toy_runtime* rt) {
  for (WorkerThread* w : rt->worker.children) StopWorker(w);
  for (WorkerThread* w : rt->worker.children) {
    uv_thread_join(&w->thread);
    delete w;
  }
  rt->worker.children.clear();
  std::vector<PortHandle*> open;
  for (auto& entry : rt->worker.ports) open.push_back(entry.second);
  for (PortHandle* h : open) ClosePort(h, false);
  rt->worker.port_template.Reset();
}
//< 19-workers worker-free
