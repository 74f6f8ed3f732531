// fast.cc: V8 Fast API calls. An op whose argument and result types are
// plain C values gets a second entry V8's optimizing compiler can call
// directly, skipping OpCallback's conversions; its C type signature is
// built here from the op's descriptor.
#include "bridge.h"

#include <stdio.h>

#include <v8-fast-api-calls.h>

static bool g_fast_calls = true;  // --no-fast-calls turns it off

// What V8 must know to call an op's fast entry: the C types of its
// receiver, arguments, options and result, built from the descriptor.
// Made once per op, in op-table order, and kept for the whole process:
// V8 holds on to the pointer, and a snapshot refers to it.
struct FastSignature {
  std::vector<v8::CTypeInfo> args;
  v8::CTypeInfo ret{v8::CTypeInfo::Type::kVoid};
  v8::CFunctionInfo* info = nullptr;
};

static v8::CTypeInfo FastType(toy_type type) {
  switch (type) {
    case TOY_BOOL: return v8::CTypeInfo(v8::CTypeInfo::Type::kBool);
    case TOY_I32: return v8::CTypeInfo(v8::CTypeInfo::Type::kInt32);
    case TOY_U32: return v8::CTypeInfo(v8::CTypeInfo::Type::kUint32);
    case TOY_F64: return v8::CTypeInfo(v8::CTypeInfo::Type::kFloat64);
    default: return v8::CTypeInfo(v8::CTypeInfo::Type::kVoid);
  }
}

static std::unordered_map<const toy_op*, FastSignature*> g_fast_signatures;

// True for the types V8 10.2 can pass to a fast entry; strings, bytes
// and JSON cannot be (and the slow path must do them).
static bool FastTypeOk(toy_type type, bool result) {
  return type == TOY_BOOL || type == TOY_I32 || type == TOY_U32 || type == TOY_F64 ||
         (result && type == TOY_VOID);
}

static FastSignature* FastInfo(const toy_op* op) {
  auto& made = g_fast_signatures;
  auto found = made.find(op);
  if (found != made.end()) return found->second;
  bool ok = !op->async && FastTypeOk(op->ret, true);  // a promise is not a C value
  for (int i = 0; i < op->argc; i++) ok = ok && FastTypeOk(op->args[i], false);
  if (!ok) {  // a descriptor error: say so once, and use the slow path
    fprintf(stderr, "warning: %s has a fast entry but types V8 cannot pass to one\n", op->name);
    made[op] = nullptr;
    return nullptr;
  }
  FastSignature* sig = new FastSignature();
  sig->args.push_back(v8::CTypeInfo(v8::CTypeInfo::Type::kV8Value));  // the receiver
  for (int i = 0; i < op->argc; i++) sig->args.push_back(FastType(op->args[i]));
  if (op->fast_options) sig->args.push_back(v8::CTypeInfo(v8::CTypeInfo::kCallbackOptionsType));
  sig->ret = FastType(op->ret);
  sig->info = new v8::CFunctionInfo(sig->ret, (unsigned)sig->args.size(), sig->args.data());
  made[op] = sig;
  return sig;
}

// The JS function for an op with a fast entry, when it has one and fast
// calls are on: OpCallback stays its slow path, for calls from code V8
// has not optimized and for the fallback. An empty handle otherwise.
v8::Local<v8::Function> MakeFastOpFunction(v8::Local<v8::Context> context, const toy_op* op,
                                           v8::Local<v8::Value> data) {
  FastSignature* signature = op->fast && g_fast_calls ? FastInfo(op) : nullptr;
  if (signature == nullptr) return v8::Local<v8::Function>();
  v8::CFunction fast(op->fast, signature->info);
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(
      context->GetIsolate(), OpCallback, data, v8::Local<v8::Signature>(), op->argc,
      v8::ConstructorBehavior::kThrow, v8::SideEffectType::kHasSideEffect, &fast);
  return tmpl->GetFunction(context).ToLocalChecked();
}

// The fast entries, for the snapshot's external references: each fast
// function, and the signature V8 keeps with it. The list is the same in
// every process of this binary, built in op-table order.
static void AddFastReference(std::vector<intptr_t>* refs, const toy_op* op) {
  FastSignature* signature = op->fast ? FastInfo(op) : nullptr;
  if (signature == nullptr) return;
  refs->push_back(reinterpret_cast<intptr_t>(op->fast));
  refs->push_back(reinterpret_cast<intptr_t>(signature->info));
}

void AddFastReferences(std::vector<intptr_t>* refs) {
  for (int e = 0; e < toy_nextensions; e++) {
    const toy_extension* ext = toy_extensions[e];
    for (int i = 0; i < ext->nops; i++) AddFastReference(refs, &ext->ops[i]);
    for (const toy_op* op = ext->more_ops; op && op->name; op++) AddFastReference(refs, op);
  }
}

// V8 is gone: the signatures it held can go too.
void FastShutdown(void) {
  for (auto& entry : g_fast_signatures) {
    if (entry.second == nullptr) continue;
    delete entry.second->info;
    delete entry.second;
  }
  g_fast_signatures.clear();
}

bool FastCallsOn(void) {
  return g_fast_calls;
}

void toy_v8_set_fast_calls(int on) {
  g_fast_calls = on != 0;
}
