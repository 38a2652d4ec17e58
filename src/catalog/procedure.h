// The procedure catalogue's value types: what a citizen can file at a commune, with its legal processing
// time, fees, required components, result, online level and the unit's internal process. Loaded from the
// text files in data/catalog (see docs/catalog.md for the format). Plain values; thread-safe to share const.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/civil_time.h"
#include "calendar/duration.h"

namespace motcua {

// Online service level under Nghị định 42/2022/NĐ-CP.
enum class OnlineLevel {
  kNone,     // not offered online
  kPartial,  // "một phần"
  kFull,     // "toàn trình"
};

// Roles in a unit's internal process (and, later, of user accounts).
enum class ProcessRole {
  kDesk,        // "tiep_nhan": desk officer (tiếp nhận và trả kết quả)
  kSpecialist,  // "chuyen_vien": specialist of the procedure's field
  kLeader,      // "lanh_dao": leader who signs
  kClerk,       // "van_thu": numbers and issues the document
};

struct Field {
  std::string code;  // e.g. "HT"
  std::string name;  // e.g. "Hộ tịch"
};

// One case (trường hợp) of a procedure with its own processing time.
struct ProcedureCase {
  std::string name;
  Duration processing_time;
  // When set, a receipt at or after this local time of day counts as received the next working day
  // for "trong ngày" procedures (the 15:00 cut-off). Seconds of day, e.g. 54000 for 15:00.
  std::optional<int> cutoff_seconds;
};

struct Fee {
  std::string description;             // Vietnamese, as published
  std::optional<int64_t> amount_dong;  // nullopt when set by the province or varies
};

struct Component {
  std::string name;
  int originals = 0;
  int copies = 0;
  bool digitize_required = false;
};

// One step of the internal process, with its share of the working time (percent of the total; shares of a
// procedure sum to 100).
struct ProcessStep {
  std::string name;
  ProcessRole role = ProcessRole::kSpecialist;
  int share_percent = 0;
};

struct Procedure {
  std::string code;  // national code "1.001193"
  std::string name;
  std::string field_code;
  std::string level = "xa";          // "xa" (commune) or "tinh" (province)
  std::vector<ProcedureCase> cases;  // at least one; the first is the default
  std::vector<Fee> fees;
  std::vector<Component> components;
  std::string result;
  OnlineLevel online_level = OnlineLevel::kNone;
  bool interconnected = false;    // liên thông
  bool receive_anywhere = false;  // phi địa giới
  std::vector<ProcessStep> steps;
  bool steps_default = false;  // true when the file gave no steps and the default split was used
  std::string legal_basis;
  std::string decision;  // publishing decision, e.g. "163/QĐ-BTP"
  CivilDate effective_from;
  std::optional<CivilDate> effective_to;  // inclusive; nullopt = still in force
  std::vector<std::string> sources;
  std::string confidence;  // "confirmed" or "partial" (see docs/catalog.md)
  std::string search_key;  // SearchKey(code + " " + name), filled by the loader

  bool InForceOn(CivilDate date) const {
    return effective_from <= date && (!effective_to || date <= *effective_to);
  }
};

}  // namespace motcua
