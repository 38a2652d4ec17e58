#include "dossier/event.h"

#include <array>

#include "base/text.h"
#include "dossier/dossier_code.h"

namespace motcua {
namespace {

using nlohmann::json;

// How a key relates to an event kind.
enum class Need { kNo, kOptional, kRequired };

struct KeySpec {
  std::string_view key;
  Need need = Need::kNo;
};

struct KindSpec {
  std::string_view id;
  Need by;
  Need intake;
  std::array<KeySpec, 4> keys;  // kind-specific keys (unused entries are empty)
};

constexpr Need R = Need::kRequired;
constexpr Need O = Need::kOptional;

constexpr std::array<KindSpec, kEventKindCount> kKinds = {{
    {"submitted", O, R, {}},
    {"received", R, R, {}},
    {"completion_requested", R, O, {{{"items", R}}}},
    {"resubmitted", O, O, {}},
    {"refused_at_desk", R, O, {{{"reason", R}}}},
    {"assigned", R, Need::kNo, {{{"to", R}, {"to_unit", O}, {"step", O}}}},
    {"handed_over", R, Need::kNo, {{{"to", R}, {"to_unit", O}, {"step", O}}}},
    {"supplement_requested", R, Need::kNo, {{{"items", R}, {"deadline", O}}}},
    {"supplement_received", R, Need::kNo, {}},
    {"fees_requested", R, Need::kNo, {{{"fees", R}}}},
    {"fees_paid", R, Need::kNo, {{{"online", O}}}},
    {"extended", R, Need::kNo, {{{"new_due", R}, {"reason", R}}}},
    {"approved", R, Need::kNo, {{{"to", O}, {"to_unit", O}, {"step", O}}}},
    {"signed", R, Need::kNo, {{{"to", O}, {"to_unit", O}, {"step", O}}}},
    {"numbered", R, Need::kNo, {{{"to", O}, {"to_unit", O}, {"step", O}, {"document", O}}}},
    {"rejected", R, Need::kNo, {{{"reason", R}, {"document", O}}}},
    {"result_ready", R, Need::kNo, {{{"digitized", R}, {"file_id", O}, {"document", O}}}},
    {"returned", R, Need::kNo, {{{"recipient", R}, {"method", O}, {"originals_returned", O}}}},
    {"withdrawn", R, Need::kNo, {{{"reason", R}}}},
    {"stopped", R, Need::kNo, {{{"reason", R}}}},
    {"evaluated", O, Need::kNo, {{{"overall", R}, {"criteria", O}, {"channel", O}}}},
}};

constexpr std::array<std::string_view, 9> kIntakeKeys = {
    "unit", "procedure", "case", "channel", "applicant", "contact", "components", "fees", "external_code"};

constexpr size_t kMaxText = 4000;
constexpr size_t kMaxItems = 1000;

const KindSpec& Spec(EventKind kind) { return kKinds[static_cast<size_t>(kind)]; }

// The need of a key for a kind: common keys, intake keys, then the kind's own.
Need KeyNeed(EventKind kind, std::string_view key) {
  const KindSpec& spec = Spec(kind);
  if (key == "event" || key == "code" || key == "at") return Need::kRequired;
  if (key == "by") return spec.by;
  for (const KeySpec& k : spec.keys) {
    if (!k.key.empty() && k.key == key) return k.need;
  }
  if (key == "note" || key == "reason") return Need::kOptional;
  for (std::string_view k : kIntakeKeys) {
    if (k == key) return spec.intake;
  }
  return Need::kNo;
}

Status KeyError(std::string_view key, std::string_view why, std::string_view why_vi) {
  std::string log = "event: '";
  log.append(key).append("' ").append(why);
  std::string user = "Sự kiện không hợp lệ: trường '";
  user.append(key).append("' ").append(why_vi).append(".");
  return Status::InvalidArgument(std::move(log), std::move(user));
}

Status Missing(std::string_view key) { return KeyError(key, "is missing", "bị thiếu"); }
Status Empty(std::string_view key) { return KeyError(key, "must not be empty", "không được để trống"); }

std::string Path(std::string_view parent, std::string_view key) {
  std::string p(parent);
  if (!p.empty()) p.append(".");
  p.append(key);
  return p;
}

std::string Index(std::string_view parent, size_t i) {
  std::string p(parent);
  p.append("[").append(std::to_string(i)).append("]");
  return p;
}

// Rejects keys of `obj` that `allowed` does not know.
template <typename Pred>
Status CheckKeys(const json& obj, std::string_view parent, Pred allowed) {
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    if (!allowed(std::string_view(it.key()))) {
      return KeyError(Path(parent, it.key()), "is not a known key here", "không phải là trường hợp lệ ở đây");
    }
  }
  return Status::Ok();
}

Result<std::string> CleanText(const json& value, const std::string& path, bool required) {
  if (!value.is_string()) return KeyError(path, "must be a string", "phải là chuỗi ký tự");
  auto nfc = NormalizeNfc(value.get_ref<const std::string&>());
  if (!nfc.ok()) return KeyError(path, "is not valid UTF-8", "không phải văn bản UTF-8 hợp lệ");
  std::string text(TrimAscii(*nfc));
  if (required && text.empty()) return Empty(path);
  if (text.size() > kMaxText) return KeyError(path, "is too long", "quá dài");
  return text;
}

Result<std::string> GetString(const json& obj, std::string_view parent, std::string_view key, Need need) {
  const std::string path = Path(parent, key);
  auto it = obj.find(key);
  if (it == obj.end() || need == Need::kNo) {
    if (need == Need::kRequired) return Missing(path);
    return std::string();
  }
  return CleanText(*it, path, need == Need::kRequired);
}

Result<std::optional<Instant>> GetInstant(const json& obj, std::string_view key, Need need) {
  auto it = obj.find(key);
  if (it == obj.end() || need == Need::kNo) {
    if (need == Need::kRequired) return Missing(key);
    return std::optional<Instant>();
  }
  if (!it->is_string())
    return KeyError(key, "must be an ISO 8601 time string", "phải là thời điểm dạng ISO 8601");
  auto t = ParseIsoInstant(it->get_ref<const std::string&>());
  // Years 1900-2999 only: far outside, an offset could move the local date out of four-digit years.
  if (t.ok() && (LocalDate(*t).year < 1900 || LocalDate(*t).year > 2999)) {
    return KeyError(key, "is outside the years 1900-2999", "nằm ngoài khoảng năm 1900-2999");
  }
  if (!t.ok()) {
    return KeyError(key, "is not a valid time (e.g. 2023-10-02T08:15:00+07:00)",
                    "không phải thời điểm hợp lệ (ví dụ 2023-10-02T08:15:00+07:00)");
  }
  return std::optional<Instant>(*t);
}

Result<std::optional<bool>> GetBool(const json& obj, std::string_view parent, std::string_view key,
                                    Need need) {
  const std::string path = Path(parent, key);
  auto it = obj.find(key);
  if (it == obj.end() || need == Need::kNo) {
    if (need == Need::kRequired) return Missing(path);
    return std::optional<bool>();
  }
  if (!it->is_boolean()) return KeyError(path, "must be true or false", "phải là true hoặc false");
  return std::optional<bool>(it->get<bool>());
}

Result<std::optional<int64_t>> GetInt(const json& obj, std::string_view parent, std::string_view key,
                                      Need need, int64_t min, int64_t max) {
  const std::string path = Path(parent, key);
  auto it = obj.find(key);
  if (it == obj.end() || need == Need::kNo) {
    if (need == Need::kRequired) return Missing(path);
    return std::optional<int64_t>();
  }
  if (!it->is_number_integer()) return KeyError(path, "must be an integer", "phải là số nguyên");
  if (it->is_number_unsigned() && it->get<uint64_t>() > static_cast<uint64_t>(max)) {
    return KeyError(path, "is out of range", "nằm ngoài giới hạn cho phép");
  }
  const int64_t v = it->get<int64_t>();
  if (v < min || v > max) return KeyError(path, "is out of range", "nằm ngoài giới hạn cho phép");
  return std::optional<int64_t>(v);
}

// `path` names the key in errors (defaults to `key`).
Result<const json*> GetArray(const json& obj, std::string_view key, Need need, std::string_view path = {}) {
  if (path.empty()) path = key;
  auto it = obj.find(key);
  if (it == obj.end() || need == Need::kNo) {
    if (need == Need::kRequired) return Missing(path);
    return static_cast<const json*>(nullptr);
  }
  if (!it->is_array()) return KeyError(path, "must be an array", "phải là một danh sách");
  if (it->size() > kMaxItems) return KeyError(path, "has too many entries", "có quá nhiều phần tử");
  if (need == Need::kRequired && it->empty()) return Empty(path);
  return &*it;
}

Result<std::vector<std::string>> GetStringArray(const json& obj, std::string_view parent,
                                                std::string_view key, Need need) {
  const std::string path = Path(parent, key);
  MOTCUA_ASSIGN_OR_RETURN(const json* arr, GetArray(obj, key, need, path));
  std::vector<std::string> out;
  if (arr == nullptr) return out;
  for (size_t i = 0; i < arr->size(); ++i) {
    MOTCUA_ASSIGN_OR_RETURN(std::string s, CleanText((*arr)[i], Index(path, i), true));
    out.push_back(std::move(s));
  }
  return out;
}

Result<const json*> GetObject(const json& obj, std::string_view key, Need need) {
  auto it = obj.find(key);
  if (it == obj.end() || need == Need::kNo) {
    if (need == Need::kRequired) return Missing(key);
    return static_cast<const json*>(nullptr);
  }
  if (!it->is_object()) return KeyError(key, "must be an object", "phải là một đối tượng JSON");
  return &*it;
}

Result<std::vector<FeeItem>> ParseFees(const json& obj, std::string_view key, Need need) {
  MOTCUA_ASSIGN_OR_RETURN(const json* arr, GetArray(obj, key, need));
  std::vector<FeeItem> out;
  if (arr == nullptr) return out;
  for (size_t i = 0; i < arr->size(); ++i) {
    const std::string path = Index(key, i);
    const json& f = (*arr)[i];
    if (!f.is_object()) return KeyError(path, "must be an object", "phải là một đối tượng JSON");
    MOTCUA_RETURN_IF_ERROR(
        CheckKeys(f, path, [](std::string_view k) { return k == "description" || k == "amount"; }));
    FeeItem fee;
    MOTCUA_ASSIGN_OR_RETURN(fee.description, GetString(f, path, "description", Need::kRequired));
    MOTCUA_ASSIGN_OR_RETURN(fee.amount_dong,
                            GetInt(f, path, "amount", Need::kOptional, 0, 1'000'000'000'000));
    out.push_back(std::move(fee));
  }
  return out;
}

Result<Intake> ParseIntake(const json& obj) {
  Intake in;
  MOTCUA_ASSIGN_OR_RETURN(in.unit, GetString(obj, "", "unit", Need::kRequired));
  MOTCUA_ASSIGN_OR_RETURN(in.procedure, GetString(obj, "", "procedure", Need::kRequired));
  MOTCUA_ASSIGN_OR_RETURN(in.case_name, GetString(obj, "", "case", Need::kOptional));
  MOTCUA_ASSIGN_OR_RETURN(std::string channel, GetString(obj, "", "channel", Need::kRequired));
  auto ch = ParseChannelId(channel);
  if (!ch.ok())
    return KeyError("channel", "must be direct, online or postal", "phải là direct, online hoặc postal");
  in.channel = *ch;
  MOTCUA_ASSIGN_OR_RETURN(in.external_code, GetString(obj, "", "external_code", Need::kOptional));

  MOTCUA_ASSIGN_OR_RETURN(const json* applicant, GetObject(obj, "applicant", Need::kRequired));
  MOTCUA_RETURN_IF_ERROR(CheckKeys(*applicant, "applicant", [](std::string_view k) {
    return k == "name" || k == "id_number" || k == "id_kind" || k == "kind" || k == "address";
  }));
  MOTCUA_ASSIGN_OR_RETURN(in.applicant.name, GetString(*applicant, "applicant", "name", Need::kRequired));
  MOTCUA_ASSIGN_OR_RETURN(in.applicant.id_number,
                          GetString(*applicant, "applicant", "id_number", Need::kOptional));
  MOTCUA_ASSIGN_OR_RETURN(in.applicant.address,
                          GetString(*applicant, "applicant", "address", Need::kOptional));
  MOTCUA_ASSIGN_OR_RETURN(std::string id_kind,
                          GetString(*applicant, "applicant", "id_kind", Need::kOptional));
  if (!id_kind.empty()) {
    auto k = ParseIdKind(id_kind);
    if (!k.ok()) {
      return KeyError("applicant.id_kind", "must be cccd, cmnd, passport, foreign_passport or tax_code",
                      "phải là cccd, cmnd, passport, foreign_passport hoặc tax_code");
    }
    in.applicant.id_kind = *k;
  }
  MOTCUA_ASSIGN_OR_RETURN(std::string kind, GetString(*applicant, "applicant", "kind", Need::kOptional));
  if (!kind.empty()) {
    auto k = ParseApplicantKindId(kind);
    if (!k.ok())
      return KeyError("applicant.kind", "must be person or organisation", "phải là person hoặc organisation");
    in.applicant.kind = *k;
  }

  MOTCUA_ASSIGN_OR_RETURN(const json* contact, GetObject(obj, "contact", Need::kOptional));
  if (contact != nullptr) {
    MOTCUA_RETURN_IF_ERROR(
        CheckKeys(*contact, "contact", [](std::string_view k) { return k == "phone" || k == "email"; }));
    MOTCUA_ASSIGN_OR_RETURN(in.contact.phone, GetString(*contact, "contact", "phone", Need::kOptional));
    MOTCUA_ASSIGN_OR_RETURN(in.contact.email, GetString(*contact, "contact", "email", Need::kOptional));
  }

  MOTCUA_ASSIGN_OR_RETURN(const json* components, GetArray(obj, "components", Need::kOptional));
  if (components != nullptr) {
    for (size_t i = 0; i < components->size(); ++i) {
      const std::string path = Index("components", i);
      const json& c = (*components)[i];
      if (!c.is_object()) return KeyError(path, "must be an object", "phải là một đối tượng JSON");
      MOTCUA_RETURN_IF_ERROR(CheckKeys(c, path, [](std::string_view k) {
        return k == "name" || k == "digitized" || k == "originals" || k == "copies" || k == "file_ids";
      }));
      SubmittedComponent sc;
      MOTCUA_ASSIGN_OR_RETURN(sc.name, GetString(c, path, "name", Need::kRequired));
      MOTCUA_ASSIGN_OR_RETURN(std::optional<bool> digitized, GetBool(c, path, "digitized", Need::kOptional));
      sc.digitized = digitized.value_or(false);
      MOTCUA_ASSIGN_OR_RETURN(std::optional<int64_t> originals,
                              GetInt(c, path, "originals", Need::kOptional, 0, 1000));
      MOTCUA_ASSIGN_OR_RETURN(std::optional<int64_t> copies,
                              GetInt(c, path, "copies", Need::kOptional, 0, 1000));
      sc.originals = static_cast<int>(originals.value_or(0));
      sc.copies = static_cast<int>(copies.value_or(0));
      MOTCUA_ASSIGN_OR_RETURN(sc.file_ids, GetStringArray(c, path, "file_ids", Need::kOptional));
      in.components.push_back(std::move(sc));
    }
  }
  MOTCUA_ASSIGN_OR_RETURN(in.fees, ParseFees(obj, "fees", Need::kOptional));
  return in;
}

bool HasIntakeKey(const json& obj) {
  for (std::string_view k : kIntakeKeys) {
    if (obj.contains(k)) return true;
  }
  return false;
}

Result<Evaluation> ParseEvaluation(const json& obj, Instant at) {
  Evaluation ev;
  ev.at = at;
  MOTCUA_ASSIGN_OR_RETURN(std::string overall, GetString(obj, "", "overall", Need::kRequired));
  auto o = ParseOverallId(overall);
  if (!o.ok()) {
    return KeyError("overall", "must be very_satisfied, satisfied or unsatisfied",
                    "phải là very_satisfied, satisfied hoặc unsatisfied");
  }
  ev.overall = *o;
  MOTCUA_ASSIGN_OR_RETURN(std::string channel, GetString(obj, "", "channel", Need::kOptional));
  if (!channel.empty()) {
    auto c = ParseEvaluationChannelId(channel);
    if (!c.ok())
      return KeyError("channel", "must be desk, online or phone", "phải là desk, online hoặc phone");
    ev.channel = *c;
  }
  MOTCUA_ASSIGN_OR_RETURN(const json* criteria, GetObject(obj, "criteria", Need::kOptional));
  if (criteria != nullptr) {
    for (auto it = criteria->begin(); it != criteria->end(); ++it) {
      auto c = ParseCriterionId(it.key());
      if (!c.ok()) {
        return KeyError(Path("criteria", it.key()), "is not one of the nine criteria",
                        "không phải một trong chín tiêu chí");
      }
      MOTCUA_ASSIGN_OR_RETURN(std::optional<int64_t> score,
                              GetInt(*criteria, "criteria", it.key(), Need::kRequired, 0, 2));
      ev.scores[static_cast<size_t>(*c)] = static_cast<int>(*score);
    }
  }
  return ev;
}

// Writes the fields of `e` into a JSON object of type J (json or ordered_json).
template <typename J>
J Build(const Event& e) {
  J j = J::object();
  j["event"] = std::string(EventKindId(e.kind));
  j["code"] = e.code;
  j["at"] = FormatIsoInstant(e.at);
  if (!e.by.empty()) j["by"] = e.by;
  if (e.intake) {
    const Intake& in = *e.intake;
    j["unit"] = in.unit;
    j["procedure"] = in.procedure;
    if (!in.case_name.empty()) j["case"] = in.case_name;
    j["channel"] = std::string(ChannelId(in.channel));
    if (!in.external_code.empty()) j["external_code"] = in.external_code;
    J a = J::object();
    a["name"] = in.applicant.name;
    if (in.applicant.kind != ApplicantKind::kPerson)
      a["kind"] = std::string(ApplicantKindId(in.applicant.kind));
    if (!in.applicant.id_number.empty()) a["id_number"] = in.applicant.id_number;
    if (in.applicant.id_kind != IdKind::kNone) a["id_kind"] = std::string(IdKindId(in.applicant.id_kind));
    if (!in.applicant.address.empty()) a["address"] = in.applicant.address;
    j["applicant"] = std::move(a);
    if (!in.contact.phone.empty() || !in.contact.email.empty()) {
      J c = J::object();
      if (!in.contact.phone.empty()) c["phone"] = in.contact.phone;
      if (!in.contact.email.empty()) c["email"] = in.contact.email;
      j["contact"] = std::move(c);
    }
    if (!in.components.empty()) {
      J arr = J::array();
      for (const SubmittedComponent& sc : in.components) {
        J c = J::object();
        c["name"] = sc.name;
        c["digitized"] = sc.digitized;
        if (sc.originals != 0) c["originals"] = sc.originals;
        if (sc.copies != 0) c["copies"] = sc.copies;
        if (!sc.file_ids.empty()) c["file_ids"] = sc.file_ids;
        arr.push_back(std::move(c));
      }
      j["components"] = std::move(arr);
    }
  }
  auto write_fees = [&](const std::vector<FeeItem>& fees) {
    J arr = J::array();
    for (const FeeItem& f : fees) {
      J o = J::object();
      o["description"] = f.description;
      if (f.amount_dong) o["amount"] = *f.amount_dong;
      arr.push_back(std::move(o));
    }
    j["fees"] = std::move(arr);
  };
  if (e.intake && !e.intake->fees.empty()) write_fees(e.intake->fees);
  if (!e.to.empty()) j["to"] = e.to;
  if (!e.to_unit.empty()) j["to_unit"] = e.to_unit;
  if (e.step) j["step"] = *e.step;
  if (!e.items.empty()) j["items"] = e.items;
  if (e.deadline) j["deadline"] = FormatIsoInstant(*e.deadline);
  if (!e.fees.empty()) write_fees(e.fees);
  if (e.paid_online) j["online"] = true;
  if (e.new_due) j["new_due"] = FormatIsoInstant(*e.new_due);
  if (e.kind == EventKind::kResultReady) j["digitized"] = e.digitized;
  if (!e.file_id.empty()) j["file_id"] = e.file_id;
  if (!e.document.empty()) j["document"] = e.document;
  if (!e.recipient.empty()) j["recipient"] = e.recipient;
  if (e.kind == EventKind::kReturned && e.method != ReturnMethod::kAtDesk) {
    j["method"] = std::string(ReturnMethodId(e.method));
  }
  if (!e.originals_returned.empty()) j["originals_returned"] = e.originals_returned;
  if (e.evaluation) {
    j["overall"] = std::string(OverallId(e.evaluation->overall));
    J criteria = J::object();
    for (int i = 0; i < kEvaluationCriterionCount; ++i) {
      const std::optional<int>& s = e.evaluation->scores[static_cast<size_t>(i)];
      if (s) criteria[std::string(CriterionId(static_cast<EvaluationCriterion>(i)))] = *s;
    }
    if (!criteria.empty()) j["criteria"] = std::move(criteria);
    if (e.evaluation->channel) j["channel"] = std::string(EvaluationChannelId(*e.evaluation->channel));
  }
  if (!e.reason.empty()) j["reason"] = e.reason;
  if (!e.note.empty()) j["note"] = e.note;
  return j;
}

Status Stray(const Event& e, std::string_view key) {
  return KeyError(key, "does not belong to event '" + std::string(EventKindId(e.kind)) + "'",
                  "không thuộc loại sự kiện '" + std::string(EventKindId(e.kind)) + "'");
}

// A field set on an event is either used by its kind or an error; a required one must be set.
Status CheckField(const Event& e, std::string_view key, bool is_set) {
  const Need need = KeyNeed(e.kind, key);
  if (is_set && need == Need::kNo) return Stray(e, key);
  if (!is_set && need == Need::kRequired) return Missing(key);
  return Status::Ok();
}

}  // namespace

std::string_view EventKindId(EventKind kind) { return Spec(kind).id; }

Result<EventKind> ParseEventKindId(std::string_view id) {
  for (int i = 0; i < kEventKindCount; ++i) {
    if (kKinds[static_cast<size_t>(i)].id == id) return static_cast<EventKind>(i);
  }
  return KeyError("event", "is not a known event kind ('" + std::string(id.substr(0, 64)) + "')",
                  "không phải loại sự kiện hợp lệ ('" + std::string(id.substr(0, 64)) + "')");
}

DossierAction EventAction(EventKind kind) { return static_cast<DossierAction>(static_cast<int>(kind)); }
EventKind EventKindFor(DossierAction action) { return static_cast<EventKind>(static_cast<int>(action)); }

Status ValidateEvent(const Event& e) {
  if (e.code.empty()) return Missing("code");
  if (auto code = ParseDossierCode(e.code); !code.ok()) {
    return KeyError("code", "is not a dossier code <unit>-YYMMDD-XXXX",
                    "không phải mã hồ sơ dạng <mã đơn vị>-YYMMDD-XXXX");
  }
  MOTCUA_RETURN_IF_ERROR(CheckField(e, "by", !e.by.empty()));
  MOTCUA_RETURN_IF_ERROR(CheckField(e, "reason", !e.reason.empty()));
  MOTCUA_RETURN_IF_ERROR(CheckField(e, "to", !e.to.empty()));
  MOTCUA_RETURN_IF_ERROR(CheckField(e, "to_unit", !e.to_unit.empty()));
  MOTCUA_RETURN_IF_ERROR(CheckField(e, "step", e.step.has_value()));
  MOTCUA_RETURN_IF_ERROR(CheckField(e, "items", !e.items.empty()));
  MOTCUA_RETURN_IF_ERROR(CheckField(e, "deadline", e.deadline.has_value()));
  // "fees" names the intake's fees on intake events; the event's own list belongs to fees_requested only.
  if (e.kind == EventKind::kFeesRequested && e.fees.empty()) return Missing("fees");
  if (e.kind != EventKind::kFeesRequested && !e.fees.empty()) return Stray(e, "fees");
  MOTCUA_RETURN_IF_ERROR(CheckField(e, "online", e.paid_online));
  MOTCUA_RETURN_IF_ERROR(CheckField(e, "new_due", e.new_due.has_value()));
  // digitized is a required boolean of result_ready: any value counts as set there.
  MOTCUA_RETURN_IF_ERROR(CheckField(e, "digitized", e.digitized || e.kind == EventKind::kResultReady));
  MOTCUA_RETURN_IF_ERROR(CheckField(e, "file_id", !e.file_id.empty()));
  MOTCUA_RETURN_IF_ERROR(CheckField(e, "document", !e.document.empty()));
  MOTCUA_RETURN_IF_ERROR(CheckField(e, "recipient", !e.recipient.empty()));
  MOTCUA_RETURN_IF_ERROR(CheckField(e, "method", e.method != ReturnMethod::kAtDesk));
  MOTCUA_RETURN_IF_ERROR(CheckField(e, "originals_returned", !e.originals_returned.empty()));
  MOTCUA_RETURN_IF_ERROR(CheckField(e, "overall", e.evaluation.has_value()));
  MOTCUA_RETURN_IF_ERROR(CheckField(e, "unit", e.intake.has_value()));
  if (e.step && (*e.step < 0 || *e.step > 99))
    return KeyError("step", "is out of range", "nằm ngoài giới hạn cho phép");
  for (const std::string& item : e.items) {
    if (item.empty()) return Empty("items");
  }
  for (const std::string& item : e.originals_returned) {
    if (item.empty()) return Empty("originals_returned");
  }
  for (const FeeItem& f : e.fees) {
    if (f.description.empty()) return Empty("fees.description");
    if (f.amount_dong && *f.amount_dong < 0)
      return KeyError("fees.amount", "is out of range", "nằm ngoài giới hạn cho phép");
  }
  if (e.intake) {
    const Intake& in = *e.intake;
    if (in.unit.empty()) return Missing("unit");
    if (!ValidateUnitId(in.unit).ok()) {
      return KeyError("unit", "is not a unit id NNN.NN.NN.XNN",
                      "không phải mã định danh đơn vị dạng NNN.NN.NN.XNN");
    }
    if (in.procedure.empty()) return Missing("procedure");
    if (in.applicant.name.empty()) return Missing("applicant.name");
    for (const SubmittedComponent& c : in.components) {
      if (c.name.empty()) return Empty("components.name");
      if (c.originals < 0 || c.copies < 0) {
        return KeyError("components.originals", "is out of range", "nằm ngoài giới hạn cho phép");
      }
    }
    for (const FeeItem& f : in.fees) {
      if (f.description.empty()) return Empty("fees.description");
    }
  }
  if (e.evaluation) {
    MOTCUA_RETURN_IF_ERROR(ValidateEvaluation(*e.evaluation));
    if (e.evaluation->at != e.at) {
      return KeyError("at", "of the evaluation differs from the event's",
                      "của đánh giá khác thời điểm sự kiện");
    }
  }
  return Status::Ok();
}

Result<Event> EventFromJson(const json& j) {
  if (!j.is_object()) {
    return Status::InvalidArgument("event: not a JSON object",
                                   "Sự kiện không hợp lệ: mỗi dòng phải là một đối tượng JSON.");
  }
  auto kind_it = j.find("event");
  if (kind_it == j.end()) return Missing("event");
  if (!kind_it->is_string()) return KeyError("event", "must be a string", "phải là chuỗi ký tự");
  MOTCUA_ASSIGN_OR_RETURN(const EventKind kind, ParseEventKindId(kind_it->get_ref<const std::string&>()));

  MOTCUA_RETURN_IF_ERROR(
      CheckKeys(j, "", [kind](std::string_view k) { return KeyNeed(kind, k) != Need::kNo; }));

  Event e;
  e.kind = kind;
  MOTCUA_ASSIGN_OR_RETURN(e.code, GetString(j, "", "code", Need::kRequired));
  MOTCUA_ASSIGN_OR_RETURN(std::optional<Instant> at, GetInstant(j, "at", Need::kRequired));
  e.at = *at;
  MOTCUA_ASSIGN_OR_RETURN(e.by, GetString(j, "", "by", KeyNeed(kind, "by")));
  MOTCUA_ASSIGN_OR_RETURN(e.reason, GetString(j, "", "reason", KeyNeed(kind, "reason")));
  MOTCUA_ASSIGN_OR_RETURN(e.note, GetString(j, "", "note", Need::kOptional));

  const Need intake = Spec(kind).intake;
  if (intake == Need::kRequired || (intake == Need::kOptional && HasIntakeKey(j))) {
    MOTCUA_ASSIGN_OR_RETURN(Intake in, ParseIntake(j));
    e.intake = std::move(in);
  }
  MOTCUA_ASSIGN_OR_RETURN(e.to, GetString(j, "", "to", KeyNeed(kind, "to")));
  MOTCUA_ASSIGN_OR_RETURN(e.to_unit, GetString(j, "", "to_unit", KeyNeed(kind, "to_unit")));
  MOTCUA_ASSIGN_OR_RETURN(std::optional<int64_t> step, GetInt(j, "", "step", KeyNeed(kind, "step"), 0, 99));
  if (step) e.step = static_cast<int>(*step);
  MOTCUA_ASSIGN_OR_RETURN(e.items, GetStringArray(j, "", "items", KeyNeed(kind, "items")));
  MOTCUA_ASSIGN_OR_RETURN(e.deadline, GetInstant(j, "deadline", KeyNeed(kind, "deadline")));
  if (kind == EventKind::kFeesRequested) {
    MOTCUA_ASSIGN_OR_RETURN(e.fees, ParseFees(j, "fees", Need::kRequired));
  }
  MOTCUA_ASSIGN_OR_RETURN(std::optional<bool> online, GetBool(j, "", "online", KeyNeed(kind, "online")));
  e.paid_online = online.value_or(false);
  MOTCUA_ASSIGN_OR_RETURN(e.new_due, GetInstant(j, "new_due", KeyNeed(kind, "new_due")));
  MOTCUA_ASSIGN_OR_RETURN(std::optional<bool> digitized,
                          GetBool(j, "", "digitized", KeyNeed(kind, "digitized")));
  e.digitized = digitized.value_or(false);
  MOTCUA_ASSIGN_OR_RETURN(e.file_id, GetString(j, "", "file_id", KeyNeed(kind, "file_id")));
  MOTCUA_ASSIGN_OR_RETURN(e.document, GetString(j, "", "document", KeyNeed(kind, "document")));
  MOTCUA_ASSIGN_OR_RETURN(e.recipient, GetString(j, "", "recipient", KeyNeed(kind, "recipient")));
  MOTCUA_ASSIGN_OR_RETURN(std::string method, GetString(j, "", "method", KeyNeed(kind, "method")));
  if (!method.empty()) {
    auto m = ParseReturnMethodId(method);
    if (!m.ok())
      return KeyError("method", "must be desk, post or electronic", "phải là desk, post hoặc electronic");
    e.method = *m;
  }
  MOTCUA_ASSIGN_OR_RETURN(e.originals_returned,
                          GetStringArray(j, "", "originals_returned", KeyNeed(kind, "originals_returned")));
  if (kind == EventKind::kEvaluated) {
    MOTCUA_ASSIGN_OR_RETURN(Evaluation ev, ParseEvaluation(j, e.at));
    e.evaluation = ev;
  }
  MOTCUA_RETURN_IF_ERROR(ValidateEvent(e));
  return e;
}

Result<Event> ParseEventLine(std::string_view line) {
  if (line.size() > kMaxEventLineBytes) {
    return Status::InvalidArgument("event line longer than 1 MiB", "Dòng sự kiện quá dài (tối đa 1 MiB).");
  }
  json j = json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    return Status::InvalidArgument("event: not valid JSON",
                                   "Sự kiện không hợp lệ: dòng không phải JSON hợp lệ.");
  }
  return EventFromJson(j);
}

Result<std::vector<Event>> ParseEventLines(std::string_view text) {
  std::vector<Event> events;
  size_t line_no = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (TrimAscii(line).empty()) continue;
    auto e = ParseEventLine(line);
    if (!e.ok()) {
      const std::string n = std::to_string(line_no);
      return e.status().WithContext("line " + n + ": ", "Dòng " + n + ": ");
    }
    events.push_back(std::move(e).value());
  }
  return events;
}

json EventToJson(const Event& event) { return Build<json>(event); }

std::string EventToJsonLine(const Event& event) {
  return Build<nlohmann::ordered_json>(event).dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace motcua
