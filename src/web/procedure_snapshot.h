// The procedure API's in-memory view of the catalogue. A ProcedureSnapshot is immutable: built once from the
// procedures (every version of every code), it holds each version's JSON (ProcedureToJson) and list item
// already serialised, so answering GET /api/v1/procedures/{code} is a lookup and a write.
// ProcedureSnapshotHolder publishes the current snapshot; Replace() builds the new one outside any lock and
// swaps it atomically, so a catalogue reload never blocks readers and readers keep the snapshot they hold.
// Both types are thread-safe.
#pragma once

#include <atomic>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/civil_time.h"
#include "catalog/procedure.h"

namespace motcua::web {

struct ProcedureEntry {
  Procedure procedure;
  std::shared_ptr<const std::string> json;  // ProcedureToJson(procedure), serialised
  std::string summary_json;                 // the item of the list endpoint, serialised
  std::string search_key;                   // SearchKey(code + " " + name)
};

class ProcedureSnapshot {
 public:
  explicit ProcedureSnapshot(std::vector<Procedure> procedures);

  // Sorted by code, then effective_from.
  const std::vector<ProcedureEntry>& entries() const { return entries_; }
  // The version of `code` in force on `on`, or nullptr.
  const ProcedureEntry* Find(std::string_view code, CivilDate on) const;
  // True when some version of `code` exists (in force or not).
  bool HasCode(std::string_view code) const;

 private:
  std::vector<ProcedureEntry> entries_;
};

class ProcedureSnapshotHolder {
 public:
  explicit ProcedureSnapshotHolder(std::vector<Procedure> procedures = {});

  std::shared_ptr<const ProcedureSnapshot> Get() const { return snapshot_.load(std::memory_order_acquire); }
  // Builds a snapshot of `procedures` and publishes it.
  void Replace(std::vector<Procedure> procedures);

 private:
  std::atomic<std::shared_ptr<const ProcedureSnapshot>> snapshot_;
};

}  // namespace motcua::web
