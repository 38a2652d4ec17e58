#include "dossier/pakn_json.h"

#include <initializer_list>

#include "base/text.h"
#include "dossier/dossier_code.h"
#include "dossier/feedback_code.h"

namespace motcua {
namespace {

using nlohmann::json;

enum class TextKind {
  kShort,  // one line, at most kMaxFeedbackShortBytes
  kLong,   // may hold line breaks and tabs, at most kMaxFeedbackTextBytes
};

Status KeyError(std::string_view key, std::string_view why, std::string_view why_vi) {
  std::string log = "feedback: '";
  log.append(key).append("' ").append(why);
  std::string user = "Phản ánh, kiến nghị không hợp lệ: trường '";
  user.append(key).append("' ").append(why_vi).append(".");
  return Status::InvalidArgument(std::move(log), std::move(user));
}

Status Missing(std::string_view key) { return KeyError(key, "is missing", "bị thiếu"); }

std::string Path(std::string_view parent, std::string_view key) {
  std::string p(parent);
  if (!p.empty()) p.append(".");
  p.append(key);
  return p;
}

Status CheckKeys(const json& obj, std::string_view parent, std::initializer_list<std::string_view> allowed) {
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    bool known = false;
    for (std::string_view k : allowed) known = known || k == it.key();
    if (!known) {
      return KeyError(Path(parent, it.key()), "is not a known key here", "không phải là trường hợp lệ ở đây");
    }
  }
  return Status::Ok();
}

// Control characters other than line breaks and tabs (those only in long text) are refused: they have no
// place in a letter and some (NUL) cannot be stored.
bool HasForbiddenControl(std::string_view text, TextKind kind) {
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    const bool control = c < 0x20 || c == 0x7f;
    const bool allowed = kind == TextKind::kLong && (c == '\n' || c == '\r' || c == '\t');
    if (control && !allowed) return true;
  }
  return false;
}

Result<std::string> CleanText(const json& value, const std::string& path, bool required, TextKind kind) {
  if (!value.is_string()) return KeyError(path, "must be a string", "phải là chuỗi ký tự");
  auto nfc = NormalizeNfc(value.get_ref<const std::string&>());
  if (!nfc.ok()) return KeyError(path, "is not valid UTF-8", "không phải văn bản UTF-8 hợp lệ");
  // Trim spaces and line breaks at both ends (TrimAscii trims ASCII whitespace).
  std::string text(TrimAscii(*nfc));
  if (HasForbiddenControl(text, kind)) {
    return KeyError(path, "contains control characters", "chứa ký tự điều khiển không hợp lệ");
  }
  if (required && text.empty()) return KeyError(path, "must not be empty", "không được để trống");
  const size_t limit = kind == TextKind::kLong ? kMaxFeedbackTextBytes : kMaxFeedbackShortBytes;
  if (text.size() > limit) {
    return KeyError(path, "is too long (at most " + std::to_string(limit) + " bytes)",
                    "quá dài (tối đa " + std::to_string(limit) + " byte)");
  }
  return text;
}

Result<std::string> GetText(const json& obj, std::string_view parent, std::string_view key, bool required,
                            TextKind kind) {
  const std::string path = Path(parent, key);
  auto it = obj.find(key);
  if (it == obj.end()) {
    if (required) return Missing(path);
    return std::string();
  }
  return CleanText(*it, path, required, kind);
}

Result<Instant> GetInstant(const json& obj, std::string_view key) {
  auto it = obj.find(key);
  if (it == obj.end()) return Missing(key);
  if (!it->is_string()) {
    return KeyError(key, "must be an ISO 8601 time string", "phải là thời điểm dạng ISO 8601");
  }
  auto t = ParseIsoInstant(it->get_ref<const std::string&>());
  if (!t.ok()) {
    return KeyError(key, "is not a valid time (e.g. 2025-10-01T08:15:00+07:00)",
                    "không phải thời điểm hợp lệ (ví dụ 2025-10-01T08:15:00+07:00)");
  }
  if (LocalDate(*t).year < 1900 || LocalDate(*t).year > 2999) {
    return KeyError(key, "is outside the years 1900-2999", "nằm ngoài khoảng năm 1900-2999");
  }
  return *t;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Digits with the usual separators; 8 to 15 digits (E.164 has at most 15); '+' only in front.
bool IsPhoneNumber(std::string_view phone) {
  int digits = 0;
  for (size_t i = 0; i < phone.size(); ++i) {
    const char c = phone[i];
    if (IsDigit(c)) {
      ++digits;
    } else if (c == '+') {
      if (i != 0) return false;
    } else if (c != ' ' && c != '.' && c != '-' && c != '(' && c != ')') {
      return false;
    }
  }
  return digits >= 8 && digits <= 15;
}

// A plausible address: one '@', a non-empty local part, a domain with a dot inside, no spaces.
bool IsEmailAddress(std::string_view email) {
  const size_t at = email.find('@');
  if (at == std::string_view::npos || at == 0 || email.find('@', at + 1) != std::string_view::npos) {
    return false;
  }
  const std::string_view domain = email.substr(at + 1);
  const size_t dot = domain.find('.');
  if (dot == std::string_view::npos || dot == 0 || domain.back() == '.') return false;
  for (char c : email) {
    if (c == ' ' || c == '\t') return false;
  }
  return true;
}

Result<Contact> ParseContact(const json& obj) {
  if (!obj.is_object()) return KeyError("contact", "must be an object", "phải là một đối tượng JSON");
  MOTCUA_RETURN_IF_ERROR(CheckKeys(obj, "contact", {"phone", "email"}));
  Contact contact;
  MOTCUA_ASSIGN_OR_RETURN(contact.phone, GetText(obj, "contact", "phone", false, TextKind::kShort));
  if (!contact.phone.empty() && !IsPhoneNumber(contact.phone)) {
    return KeyError("contact.phone", "is not a phone number (8-15 digits)",
                    "không phải số điện thoại hợp lệ (8 đến 15 chữ số)");
  }
  MOTCUA_ASSIGN_OR_RETURN(contact.email, GetText(obj, "contact", "email", false, TextKind::kShort));
  if (!contact.email.empty() && !IsEmailAddress(contact.email)) {
    return KeyError("contact.email", "is not an e-mail address", "không phải địa chỉ thư điện tử hợp lệ");
  }
  return contact;
}

Status NotAnObject() {
  return Status::InvalidArgument("feedback: the JSON is not an object",
                                 "Phản ánh, kiến nghị không hợp lệ: nội dung phải là một đối tượng JSON.");
}

Result<json> ParseObjectText(std::string_view text) {
  json parsed = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded()) {
    return Status::InvalidArgument("feedback: not well-formed JSON",
                                   "Phản ánh, kiến nghị không hợp lệ: không phải JSON hợp lệ.");
  }
  if (!parsed.is_object()) return NotAnObject();
  return parsed;
}

template <typename J>
J BuildIntake(const FeedbackIntake& in) {
  J j = J::object();
  j["id"] = in.id;
  j["received_at"] = FormatIsoInstant(in.received_at);
  j["channel"] = std::string(FeedbackChannelId(in.channel));
  j["citizen_name"] = in.citizen_name;
  if (!in.contact.phone.empty() || !in.contact.email.empty()) {
    J c = J::object();
    if (!in.contact.phone.empty()) c["phone"] = in.contact.phone;
    if (!in.contact.email.empty()) c["email"] = in.contact.email;
    j["contact"] = std::move(c);
  }
  j["content"] = in.content;
  if (!in.dossier_code.empty()) j["dossier_code"] = in.dossier_code;
  return j;
}

template <typename J>
J BuildStep(const FeedbackStep& s) {
  J j = J::object();
  j["action"] = std::string(FeedbackActionId(s.action));
  j["at"] = FormatIsoInstant(s.at);
  if (!s.by.empty()) j["by"] = s.by;
  if (s.topic) j["topic"] = std::string(FeedbackTopicId(*s.topic));
  if (!s.to.empty()) j["to"] = s.to;
  if (!s.text.empty()) j["text"] = s.text;
  if (s.satisfaction) j["satisfaction"] = std::string(OverallId(*s.satisfaction));
  return j;
}

}  // namespace

Result<FeedbackAction> ParseFeedbackActionId(std::string_view id) {
  for (auto action : {FeedbackAction::kClassify, FeedbackAction::kAssign, FeedbackAction::kAnswer,
                      FeedbackAction::kPublish, FeedbackAction::kDecline, FeedbackAction::kRate}) {
    if (FeedbackActionId(action) == id) return action;
  }
  return KeyError("action", "must be classify, assign, answer, publish, decline or rate",
                  "phải là classify, assign, answer, publish, decline hoặc rate");
}

Result<FeedbackIntake> FeedbackIntakeFromJson(const json& j) {
  if (!j.is_object()) return NotAnObject();
  MOTCUA_RETURN_IF_ERROR(CheckKeys(
      j, "", {"id", "received_at", "channel", "citizen_name", "contact", "content", "dossier_code"}));
  FeedbackIntake in;
  MOTCUA_ASSIGN_OR_RETURN(in.id, GetText(j, "", "id", true, TextKind::kShort));
  if (!ParseFeedbackCode(in.id).ok()) {
    return KeyError("id", "is not a feedback code (<unit>-PA-YYMMDD-XXXX)",
                    "không phải mã phản ánh, kiến nghị (<mã đơn vị>-PA-YYMMDD-XXXX)");
  }
  MOTCUA_ASSIGN_OR_RETURN(in.received_at, GetInstant(j, "received_at"));
  MOTCUA_ASSIGN_OR_RETURN(const std::string channel, GetText(j, "", "channel", true, TextKind::kShort));
  MOTCUA_ASSIGN_OR_RETURN(in.channel, ParseFeedbackChannelId(channel));
  MOTCUA_ASSIGN_OR_RETURN(in.citizen_name, GetText(j, "", "citizen_name", true, TextKind::kShort));
  if (auto contact = j.find("contact"); contact != j.end()) {
    MOTCUA_ASSIGN_OR_RETURN(in.contact, ParseContact(*contact));
  }
  MOTCUA_ASSIGN_OR_RETURN(in.content, GetText(j, "", "content", true, TextKind::kLong));
  MOTCUA_ASSIGN_OR_RETURN(in.dossier_code, GetText(j, "", "dossier_code", false, TextKind::kShort));
  if (!in.dossier_code.empty() && !ParseDossierCode(in.dossier_code).ok()) {
    return KeyError("dossier_code", "is not a dossier code (<unit>-YYMMDD-XXXX)",
                    "không phải mã hồ sơ (<mã đơn vị>-YYMMDD-XXXX)");
  }
  return in;
}

json FeedbackIntakeToJson(const FeedbackIntake& intake) { return BuildIntake<json>(intake); }

Result<FeedbackIntake> ParseFeedbackIntake(std::string_view text) {
  MOTCUA_ASSIGN_OR_RETURN(const json parsed, ParseObjectText(text));
  return FeedbackIntakeFromJson(parsed);
}

std::string FeedbackIntakeToJsonText(const FeedbackIntake& intake) {
  return BuildIntake<nlohmann::ordered_json>(intake).dump();
}

Result<FeedbackStep> FeedbackStepFromJson(const json& j) {
  if (!j.is_object()) return NotAnObject();
  MOTCUA_RETURN_IF_ERROR(CheckKeys(j, "", {"action", "at", "by", "topic", "to", "text", "satisfaction"}));
  FeedbackStep s;
  MOTCUA_ASSIGN_OR_RETURN(const std::string action, GetText(j, "", "action", true, TextKind::kShort));
  MOTCUA_ASSIGN_OR_RETURN(s.action, ParseFeedbackActionId(action));
  MOTCUA_ASSIGN_OR_RETURN(s.at, GetInstant(j, "at"));
  // The key each action needs besides action/at/by; every other one is refused.
  std::string_view needed;
  switch (s.action) {
    case FeedbackAction::kClassify:
      needed = "topic";
      break;
    case FeedbackAction::kAssign:
      needed = "to";
      break;
    case FeedbackAction::kAnswer:
    case FeedbackAction::kDecline:
      needed = "text";
      break;
    case FeedbackAction::kRate:
      needed = "satisfaction";
      break;
    case FeedbackAction::kPublish:
      break;
  }
  for (std::string_view key : {"topic", "to", "text", "satisfaction"}) {
    if (key != needed && j.contains(key)) {
      return KeyError(key, "is not used by action '" + action + "'",
                      "không dùng cho thao tác \"" + std::string(FeedbackActionNameVi(s.action)) + "\"");
    }
  }
  MOTCUA_ASSIGN_OR_RETURN(s.by, GetText(j, "", "by", s.action != FeedbackAction::kRate, TextKind::kShort));
  if (needed == "topic") {
    MOTCUA_ASSIGN_OR_RETURN(const std::string topic, GetText(j, "", "topic", true, TextKind::kShort));
    MOTCUA_ASSIGN_OR_RETURN(s.topic, ParseFeedbackTopicId(topic));
  } else if (needed == "to") {
    MOTCUA_ASSIGN_OR_RETURN(s.to, GetText(j, "", "to", true, TextKind::kShort));
  } else if (needed == "text") {
    MOTCUA_ASSIGN_OR_RETURN(s.text, GetText(j, "", "text", true, TextKind::kLong));
  } else if (needed == "satisfaction") {
    MOTCUA_ASSIGN_OR_RETURN(const std::string value, GetText(j, "", "satisfaction", true, TextKind::kShort));
    auto overall = ParseOverallId(value);
    if (!overall.ok()) {
      return KeyError("satisfaction", "must be very_satisfied, satisfied or unsatisfied",
                      "phải là very_satisfied, satisfied hoặc unsatisfied");
    }
    s.satisfaction = *overall;
  }
  return s;
}

json FeedbackStepToJson(const FeedbackStep& step) { return BuildStep<json>(step); }

Result<FeedbackStep> ParseFeedbackStep(std::string_view text) {
  MOTCUA_ASSIGN_OR_RETURN(const json parsed, ParseObjectText(text));
  return FeedbackStepFromJson(parsed);
}

std::string FeedbackStepToJsonText(const FeedbackStep& step) {
  return BuildStep<nlohmann::ordered_json>(step).dump();
}

}  // namespace motcua
