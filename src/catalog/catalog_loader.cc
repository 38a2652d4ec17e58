#include "catalog/catalog_loader.h"

#include <algorithm>
#include <map>
#include <optional>
#include <span>

#include "base/embedded_files.h"
#include "base/text.h"
#include "catalog/procedure_json.h"

namespace motcua {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::string Quote(std::string_view text) {
  std::string out = "'";
  out.append(text);
  out.append("'");
  return out;
}

// Collects errors, keeping the first kMaxCatalogErrors and counting the rest.
class ErrorCollector {
 public:
  void Add(std::string_view file, int line, std::string message, std::string message_vi) {
    ++total_;
    if (errors_.size() < kMaxCatalogErrors) {
      errors_.push_back(CatalogError{std::string(file), line, std::move(message), std::move(message_vi)});
    }
  }
  size_t total() const { return total_; }
  std::vector<CatalogError>& errors() { return errors_; }

 private:
  std::vector<CatalogError> errors_;
  size_t total_ = 0;
};

struct ParsedField {
  Field field;
  std::string file;
  int line = 0;
};

struct ParsedProcedure {
  Procedure procedure;
  std::string file;
  int line = 0;        // the [procedure] header
  int field_line = 0;  // the `field =` line
};

// "a | b | c" -> {"a", "b", "c"}: the '|'-separated parts of a value, each trimmed.
std::vector<std::string_view> SplitParts(std::string_view value) {
  std::vector<std::string_view> parts = SplitString(value, '|');
  for (std::string_view& part : parts) part = TrimAscii(part);
  return parts;
}

// A non-negative decimal integer of at most `max_digits` digits, nothing else.
std::optional<int64_t> ParseCount(std::string_view text, size_t max_digits) {
  if (text.empty() || text.size() > max_digits) return std::nullopt;
  int64_t value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

bool IsValidFieldCode(std::string_view code) {
  if (code.empty() || code.size() > 16) return false;
  return std::all_of(code.begin(), code.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

// Removes a trailing comment: '#' at the start of the line or after a space or tab. A '#' inside a word
// (a URL fragment such as "page.html#top") is kept.
std::string_view StripComment(std::string_view line) {
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) return line.substr(0, i);
  }
  return line;
}

// Keys of a [procedure] section that may appear once, and whether they are required.
struct KeySpec {
  std::string_view key;
  bool required;
};
constexpr KeySpec kProcedureSingleKeys[] = {
    {"name", true},     {"field", true},          {"level", true},         {"result", true},
    {"online", true},   {"interconnected", true}, {"anywhere", true},      {"legal_basis", true},
    {"decision", true}, {"effective_from", true}, {"effective_to", false}, {"confidence", true},
};
constexpr std::string_view kProcedureRepeatedKeys[] = {"source", "case", "fee", "component", "step"};

bool IsSingleKey(std::string_view key) {
  return std::any_of(std::begin(kProcedureSingleKeys), std::end(kProcedureSingleKeys),
                     [key](const KeySpec& spec) { return spec.key == key; });
}
bool IsRepeatedKey(std::string_view key) {
  return std::find(std::begin(kProcedureRepeatedKeys), std::end(kProcedureRepeatedKeys), key) !=
         std::end(kProcedureRepeatedKeys);
}

// Parses one file, appending what it defines to `fields` / `procedures` and every problem to `errors`.
class FileParser {
 public:
  FileParser(const CatalogFile& file, ErrorCollector& errors, std::vector<ParsedField>& fields,
             std::vector<ParsedProcedure>& procedures)
      : file_(file), errors_(errors), fields_(fields), procedures_(procedures) {}

  void Run() {
    std::string_view content = file_.content;
    if (content.substr(0, kBom.size()) == kBom) content.remove_prefix(kBom.size());
    int line_number = 0;
    size_t pos = 0;
    while (pos < content.size()) {
      const size_t newline = content.find('\n', pos);
      const size_t end = newline == std::string_view::npos ? content.size() : newline;
      std::string_view raw = content.substr(pos, end - pos);
      pos = end + 1;
      ++line_number;
      if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
      HandleLine(line_number, raw);
    }
    FinishSection();
  }

 private:
  enum class Kind { kNone, kField, kProcedure, kSkip };

  void Error(int line, std::string message, std::string message_vi) {
    errors_.Add(file_.name, line, std::move(message), std::move(message_vi));
  }

  void HandleLine(int line, std::string_view raw) {
    for (char c : raw) {
      const auto byte = static_cast<unsigned char>(c);
      if ((byte < 0x20 && c != '\t') || byte == 0x7F) {
        unreadable_line_ = true;
        Error(line, "control character in line", "dòng chứa ký tự điều khiển không hợp lệ");
        return;
      }
    }
    auto normalized = NormalizeNfc(raw);
    if (!normalized.ok()) {
      unreadable_line_ = true;
      Error(line, "invalid UTF-8", "văn bản không đúng mã UTF-8");
      return;
    }
    const std::string text = std::move(normalized).value();
    const std::string_view trimmed = TrimAscii(StripComment(text));
    if (trimmed.empty()) return;
    if (trimmed.front() == '[') {
      StartSection(line, trimmed);
      return;
    }
    const size_t eq = trimmed.find('=');
    if (eq == std::string_view::npos) {
      unreadable_line_ = true;
      Error(line, "expected '[section]' or 'key = value'", "dòng phải có dạng '[mục]' hoặc 'khóa = giá trị'");
      return;
    }
    const std::string_view key = TrimAscii(trimmed.substr(0, eq));
    const std::string_view value = TrimAscii(trimmed.substr(eq + 1));
    if (key.empty()) {
      unreadable_line_ = true;
      Error(line, "missing key before '='", "thiếu tên khóa trước dấu '='");
      return;
    }
    switch (kind_) {
      case Kind::kNone:
        Error(line, "key " + Quote(key) + " outside a [field] or [procedure] section",
              "khóa " + Quote(key) + " nằm ngoài mục [field] hoặc [procedure]");
        return;
      case Kind::kSkip:
        return;  // the header was wrong and already reported
      case Kind::kField:
        HandleFieldKey(line, key, value);
        return;
      case Kind::kProcedure:
        HandleProcedureKey(line, key, value);
        return;
    }
  }

  void StartSection(int line, std::string_view header) {
    FinishSection();
    kind_ = Kind::kSkip;
    section_line_ = line;
    seen_.clear();
    unreadable_line_ = false;
    bad_step_ = false;
    if (header.back() != ']') {
      Error(line, "section header must end with ']'", "tiêu đề mục phải kết thúc bằng ']'");
      return;
    }
    const std::string_view inner = TrimAscii(header.substr(1, header.size() - 2));
    const size_t space = inner.find_first_of(" \t");
    const std::string_view type = inner.substr(0, space);
    const std::string_view code =
        space == std::string_view::npos ? std::string_view() : TrimAscii(inner.substr(space));
    if (type == "field") {
      if (!IsValidFieldCode(code)) {
        Error(line,
              "malformed field code " + Quote(code) + " (expected A-Z, 0-9, '-' or '_', 1-16 characters)",
              "mã lĩnh vực " + Quote(code) + " sai định dạng (chỉ gồm A-Z, 0-9, '-', '_', tối đa 16 ký tự)");
        return;
      }
      kind_ = Kind::kField;
      field_ = ParsedField{Field{std::string(code), {}}, file_.name, line};
    } else if (type == "procedure") {
      if (!IsValidProcedureCode(code)) {
        Error(line, "malformed procedure code " + Quote(code) + " (expected N.NNNNNN, e.g. 1.001193)",
              "mã thủ tục " + Quote(code) + " sai định dạng (phải là N.NNNNNN, ví dụ 1.001193)");
        return;
      }
      kind_ = Kind::kProcedure;
      procedure_ = ParsedProcedure{};
      procedure_.procedure.code = std::string(code);
      procedure_.file = file_.name;
      procedure_.line = line;
      first_step_line_ = 0;
    } else {
      Error(line, "unknown section " + Quote(type) + " (expected [field CODE] or [procedure CODE])",
            "mục " + Quote(type) + " không hợp lệ (chỉ có [field MÃ] hoặc [procedure MÃ])");
    }
  }

  // Records a once-only key; reports and returns false when it was already given.
  bool FirstTime(int line, std::string_view key) {
    auto [it, inserted] = seen_.emplace(std::string(key), line);
    if (!inserted) {
      Error(line, "duplicate key " + Quote(key) + " (first given at line " + std::to_string(it->second) + ")",
            "khóa " + Quote(key) + " bị lặp (đã khai báo ở dòng " + std::to_string(it->second) + ")");
    }
    return inserted;
  }

  bool RequireValue(int line, std::string_view key, std::string_view value) {
    if (!value.empty()) return true;
    Error(line, "empty value for " + Quote(key), "khóa " + Quote(key) + " chưa có giá trị");
    return false;
  }

  void HandleFieldKey(int line, std::string_view key, std::string_view value) {
    if (key != "name") {
      Error(line, "unknown key " + Quote(key) + " in [field] (only 'name')",
            "khóa " + Quote(key) + " không hợp lệ trong mục [field] (chỉ có 'name')");
      return;
    }
    if (!FirstTime(line, key) || !RequireValue(line, key, value)) return;
    field_.field.name = std::string(value);
  }

  void BadValue(int line, std::string_view key, std::string_view value, std::string_view expected,
                std::string_view expected_vi) {
    Error(line,
          "invalid " + std::string(key) + " " + Quote(value) + " (expected " + std::string(expected) + ")",
          "giá trị " + Quote(value) + " của khóa " + Quote(key) + " không hợp lệ (" +
              std::string(expected_vi) + ")");
  }

  // A status from a shared parser (dates, durations), reported for `key` on `line`.
  void BadStatus(int line, std::string_view key, const Status& status) {
    Error(line, std::string(key) + ": " + status.message(),
          "khóa " + Quote(key) + ": " + status.user_message());
  }

  std::optional<bool> ParseYesNo(int line, std::string_view key, std::string_view value) {
    if (value == "yes") return true;
    if (value == "no") return false;
    BadValue(line, key, value, "yes or no", "yes hoặc no");
    return std::nullopt;
  }

  void HandleProcedureKey(int line, std::string_view key, std::string_view value) {
    const bool single = IsSingleKey(key);
    if (!single && !IsRepeatedKey(key)) {
      Error(line, "unknown key " + Quote(key) + " in [procedure]",
            "khóa " + Quote(key) + " không hợp lệ trong mục [procedure]");
      return;
    }
    if (single && !FirstTime(line, key)) return;
    if (!single) seen_.emplace(std::string(key), line);  // remembers the first occurrence only
    if (!RequireValue(line, key, value)) return;
    Procedure& p = procedure_.procedure;
    if (key == "name") {
      p.name = std::string(value);
    } else if (key == "field") {
      p.field_code = std::string(value);
      procedure_.field_line = line;
    } else if (key == "level") {
      if (value != "xa" && value != "tinh") return BadValue(line, key, value, "xa or tinh", "xa hoặc tinh");
      p.level = std::string(value);
    } else if (key == "result") {
      p.result = std::string(value);
    } else if (key == "online") {
      auto level = ParseOnlineLevel(value);
      if (!level.ok()) return BadValue(line, key, value, "full, partial or none", "full, partial hoặc none");
      p.online_level = *level;
    } else if (key == "interconnected") {
      if (auto flag = ParseYesNo(line, key, value)) p.interconnected = *flag;
    } else if (key == "anywhere") {
      if (auto flag = ParseYesNo(line, key, value)) p.receive_anywhere = *flag;
    } else if (key == "legal_basis") {
      p.legal_basis = std::string(value);
    } else if (key == "decision") {
      p.decision = std::string(value);
    } else if (key == "effective_from" || key == "effective_to") {
      auto date = ParseIsoDate(value);
      if (!date.ok()) return BadStatus(line, key, date.status());
      if (key == "effective_from") {
        p.effective_from = *date;
      } else {
        p.effective_to = *date;
      }
    } else if (key == "confidence") {
      if (value != "confirmed" && value != "partial") {
        return BadValue(line, key, value, "confirmed or partial", "confirmed hoặc partial");
      }
      p.confidence = std::string(value);
    } else if (key == "source") {
      p.sources.emplace_back(value);
    } else if (key == "case") {
      ParseCase(line, value);
    } else if (key == "fee") {
      ParseFee(line, value);
    } else if (key == "component") {
      ParseComponent(line, value);
    } else if (key == "step") {
      const size_t errors_before = errors_.total();
      ParseStep(line, value);
      if (errors_.total() != errors_before) bad_step_ = true;
    }
  }

  // case = NAME | DURATION [| cutoff HH:MM]
  void ParseCase(int line, std::string_view value) {
    const std::vector<std::string_view> parts = SplitParts(value);
    if (parts.size() < 2 || parts.size() > 3 || parts[0].empty()) {
      Error(line, "case must be 'name | duration' or 'name | duration | cutoff HH:MM'",
            "khóa 'case' phải có dạng 'tên | thời hạn' hoặc 'tên | thời hạn | cutoff HH:MM'");
      return;
    }
    ProcedureCase c;
    c.name = std::string(parts[0]);
    auto duration = ParseDuration(parts[1]);
    if (!duration.ok()) return BadStatus(line, "case", duration.status());
    c.processing_time = *duration;
    if (parts.size() == 3) {
      constexpr std::string_view kCutoff = "cutoff ";
      if (parts[2].substr(0, kCutoff.size()) != kCutoff) {
        Error(line, "third part of case must be 'cutoff HH:MM', got " + Quote(parts[2]),
              "phần thứ ba của 'case' phải là 'cutoff HH:MM', không phải " + Quote(parts[2]));
        return;
      }
      auto seconds = ParseClockTime(TrimAscii(parts[2].substr(kCutoff.size())));
      if (!seconds.ok()) return BadStatus(line, "case", seconds.status());
      c.cutoff_seconds = *seconds;
    }
    procedure_.procedure.cases.push_back(std::move(c));
  }

  // fee = DESCRIPTION | AMOUNT_IN_DONG | province
  void ParseFee(int line, std::string_view value) {
    const std::vector<std::string_view> parts = SplitParts(value);
    if (parts.size() != 2 || parts[0].empty()) {
      Error(line, "fee must be 'description | amount' (amount in đồng, or 'province')",
            "khóa 'fee' phải có dạng 'mô tả | số tiền' (số đồng, hoặc 'province' nếu do HĐND tỉnh quy định)");
      return;
    }
    Fee fee;
    fee.description = std::string(parts[0]);
    if (parts[1] != "province") {
      const std::optional<int64_t> amount = ParseCount(parts[1], 12);
      if (!amount) {
        return BadValue(line, "fee", parts[1], "a whole number of đồng without separators, or 'province'",
                        "số đồng nguyên, không có dấu phân cách, hoặc 'province'");
      }
      fee.amount_dong = *amount;
    }
    procedure_.procedure.fees.push_back(std::move(fee));
  }

  // component = NAME [| original N] [| copy N] [| digitize]
  void ParseComponent(int line, std::string_view value) {
    const std::vector<std::string_view> parts = SplitParts(value);
    if (parts[0].empty()) {
      Error(line, "component needs a name", "khóa 'component' thiếu tên thành phần hồ sơ");
      return;
    }
    Component component;
    component.name = std::string(parts[0]);
    bool has_original = false;
    bool has_copy = false;
    for (size_t i = 1; i < parts.size(); ++i) {
      const std::string_view part = parts[i];
      if (part == "digitize" && !component.digitize_required) {
        component.digitize_required = true;
        continue;
      }
      const size_t space = part.find(' ');
      const std::string_view word = part.substr(0, space);
      int64_t count = -1;  // -1: missing or malformed
      if (space != std::string_view::npos) count = ParseCount(TrimAscii(part.substr(space)), 3).value_or(-1);
      const bool count_ok = count >= 0 && count <= 100;
      if (word == "original" && !has_original && count_ok) {
        has_original = true;
        component.originals = static_cast<int>(count);
      } else if (word == "copy" && !has_copy && count_ok) {
        has_copy = true;
        component.copies = static_cast<int>(count);
      } else {
        Error(line,
              "component part " + Quote(part) + " is not 'original N', 'copy N' or 'digitize' (once each)",
              "phần " + Quote(part) +
                  " của 'component' phải là 'original N', 'copy N' hoặc 'digitize' (mỗi loại một lần)");
        return;
      }
    }
    procedure_.procedure.components.push_back(std::move(component));
  }

  // step = NAME | desk|specialist|leader|clerk | SHARE_PERCENT
  void ParseStep(int line, std::string_view value) {
    const std::vector<std::string_view> parts = SplitParts(value);
    if (parts.size() != 3 || parts[0].empty()) {
      Error(line, "step must be 'name | role | share percent'",
            "khóa 'step' phải có dạng 'tên bước | vai trò | tỷ lệ %'");
      return;
    }
    auto role = ParseProcessRole(parts[1]);
    if (!role.ok()) {
      return BadValue(line, "step", parts[1], "desk, specialist, leader or clerk",
                      "desk, specialist, leader hoặc clerk");
    }
    const std::optional<int64_t> share = ParseCount(parts[2], 3);
    if (!share || *share > 100) {
      return BadValue(line, "step", parts[2], "a whole percentage 0-100", "số phần trăm nguyên từ 0 đến 100");
    }
    if (first_step_line_ == 0) first_step_line_ = line;
    procedure_.procedure.steps.push_back(ProcessStep{std::string(parts[0]), *role, static_cast<int>(*share)});
  }

  void FinishSection() {
    if (kind_ == Kind::kField) {
      if (unreadable_line_) {
        // already reported; a missing 'name' would likely be that line
      } else if (!seen_.count("name")) {
        Error(section_line_, "[field " + field_.field.code + "] is missing required key 'name'",
              "mục [field " + field_.field.code + "] thiếu khóa bắt buộc 'name'");
      } else {
        fields_.push_back(std::move(field_));
      }
    } else if (kind_ == Kind::kProcedure) {
      FinishProcedure();
    }
    kind_ = Kind::kNone;
  }

  void FinishProcedure() {
    Procedure& p = procedure_.procedure;
    const std::string where = "[procedure " + p.code + "]";
    const size_t errors_before = errors_.total();
    // An unreadable line may have held any key: completeness is checked once the file reads cleanly.
    for (const KeySpec& spec :
         unreadable_line_ ? std::span<const KeySpec>() : std::span(kProcedureSingleKeys)) {
      if (spec.required && !seen_.count(std::string(spec.key))) {
        Error(section_line_, where + " is missing required key " + Quote(spec.key),
              "mục " + where + " thiếu khóa bắt buộc " + Quote(spec.key));
      }
    }
    if (!unreadable_line_ && !seen_.count("source")) {
      Error(section_line_, where + " needs at least one 'source'",
            "mục " + where + " cần ít nhất một 'source'");
    }
    if (!unreadable_line_ && !seen_.count("case")) {
      Error(section_line_, where + " needs at least one 'case'", "mục " + where + " cần ít nhất một 'case'");
    }
    if (p.effective_to && seen_.count("effective_from") && *p.effective_to < p.effective_from) {
      Error(seen_["effective_to"],
            "effective_to " + FormatIsoDate(*p.effective_to) + " is before effective_from " +
                FormatIsoDate(p.effective_from),
            "ngày hết hiệu lực " + FormatVnDate(*p.effective_to) + " trước ngày có hiệu lực " +
                FormatVnDate(p.effective_from));
    }
    if (p.steps.empty() && !seen_.count("step")) {
      p.steps = DefaultProcessSteps();
      p.steps_default = true;
    } else if (!p.steps.empty() && !bad_step_) {
      CheckSteps(p);
    }
    if (errors_.total() != errors_before) return;  // do not build a half-read procedure
    p.search_key = SearchKey(p.code + " " + p.name);
    procedures_.push_back(std::move(procedure_));
  }

  void CheckSteps(const Procedure& p) {
    int sum = 0;
    for (const ProcessStep& s : p.steps) sum += s.share_percent;
    if (sum != 100) {
      Error(first_step_line_, "step shares of " + p.code + " sum to " + std::to_string(sum) + "%, not 100%",
            "tổng tỷ lệ các bước của thủ tục " + p.code + " là " + std::to_string(sum) + "%, phải bằng 100%");
    }
    if (p.steps.size() < 2 || p.steps.front().role != ProcessRole::kDesk ||
        p.steps.back().role != ProcessRole::kDesk) {
      Error(first_step_line_,
            "steps of " + p.code + " must start with a desk step (receipt) and end with one (return)",
            "quy trình của thủ tục " + p.code +
                " phải bắt đầu và kết thúc bằng bước của bộ phận tiếp nhận (desk)");
    }
  }

  const CatalogFile& file_;
  ErrorCollector& errors_;
  std::vector<ParsedField>& fields_;
  std::vector<ParsedProcedure>& procedures_;

  Kind kind_ = Kind::kNone;
  int section_line_ = 0;
  std::map<std::string, int, std::less<>> seen_;  // key -> line of its first occurrence in this section
  ParsedField field_;
  ParsedProcedure procedure_;
  int first_step_line_ = 0;
  bool unreadable_line_ = false;  // a line of this section could not be read as a key
  bool bad_step_ = false;         // a step of this section was malformed (its share is unknown)
};

std::string Location(const std::string& file, int line) {
  return line > 0 ? file + ":" + std::to_string(line) : file;
}

void CheckCrossReferences(std::vector<ParsedField>& fields, std::vector<ParsedProcedure>& procedures,
                          ErrorCollector& errors) {
  std::map<std::string, const ParsedField*, std::less<>> by_code;
  for (const ParsedField& f : fields) {
    auto [it, inserted] = by_code.emplace(f.field.code, &f);
    if (!inserted) {
      errors.Add(f.file, f.line,
                 "field " + Quote(f.field.code) + " already defined at " +
                     Location(it->second->file, it->second->line),
                 "lĩnh vực " + Quote(f.field.code) + " đã được khai báo ở " + it->second->file + ", dòng " +
                     std::to_string(it->second->line));
    }
  }
  for (const ParsedProcedure& p : procedures) {
    if (!by_code.count(p.procedure.field_code)) {
      errors.Add(
          p.file, p.field_line, "unknown field code " + Quote(p.procedure.field_code),
          "mã lĩnh vực " + Quote(p.procedure.field_code) + " chưa được khai báo trong mục [field] nào");
    }
  }
  std::stable_sort(procedures.begin(), procedures.end(),
                   [](const ParsedProcedure& a, const ParsedProcedure& b) {
                     if (a.procedure.code != b.procedure.code) return a.procedure.code < b.procedure.code;
                     return a.procedure.effective_from < b.procedure.effective_from;
                   });
  for (size_t i = 1; i < procedures.size(); ++i) {
    const ParsedProcedure& prev = procedures[i - 1];
    const ParsedProcedure& next = procedures[i];
    if (prev.procedure.code != next.procedure.code) continue;
    const Procedure& a = prev.procedure;
    if (!a.effective_to || *a.effective_to >= next.procedure.effective_from) {
      const std::string range_to = a.effective_to ? FormatIsoDate(*a.effective_to) : "open end";
      const std::string range_to_vi = a.effective_to ? FormatVnDate(*a.effective_to) : "không thời hạn";
      errors.Add(next.file, next.line,
                 "version of " + a.code + " from " + FormatIsoDate(next.procedure.effective_from) +
                     " overlaps the version at " + Location(prev.file, prev.line) + " (" +
                     FormatIsoDate(a.effective_from) + " to " + range_to + ")",
                 "phiên bản thủ tục " + a.code + " từ " + FormatVnDate(next.procedure.effective_from) +
                     " trùng thời gian hiệu lực với phiên bản ở " + prev.file + ", dòng " +
                     std::to_string(prev.line) + " (" + FormatVnDate(a.effective_from) + " - " + range_to_vi +
                     ")");
    }
  }
}

Status ErrorsToStatus(ErrorCollector& errors) {
  std::string log;
  std::string vi = "Danh mục thủ tục có " + std::to_string(errors.total()) + " lỗi:";
  for (const CatalogError& e : errors.errors()) {
    if (!log.empty()) log += '\n';
    log += e.ToString();
    vi += '\n';
    vi += e.ToStringVi();
  }
  if (errors.total() > errors.errors().size()) {
    const std::string more = std::to_string(errors.total() - errors.errors().size());
    log += "\n... and " + more + " more errors";
    vi += "\n... và " + more + " lỗi khác";
  }
  return Status::InvalidArgument(std::move(log), std::move(vi));
}

}  // namespace

std::string CatalogError::ToString() const { return Location(file, line) + ": " + message; }

std::string CatalogError::ToStringVi() const {
  std::string out = file;
  if (line > 0) out += ", dòng " + std::to_string(line);
  return out + ": " + message_vi;
}

bool IsValidProcedureCode(std::string_view code) {
  if (code.size() != 8 || code[1] != '.') return false;
  for (size_t i = 0; i < code.size(); ++i) {
    if (i != 1 && (code[i] < '0' || code[i] > '9')) return false;
  }
  return true;
}

const std::vector<ProcessStep>& DefaultProcessSteps() {
  static const std::vector<ProcessStep> kSteps = {
      {"Tiếp nhận, kiểm tra hồ sơ", ProcessRole::kDesk, 10},
      {"Thẩm định, xử lý hồ sơ, trình ký", ProcessRole::kSpecialist, 60},
      {"Xem xét, ký duyệt", ProcessRole::kLeader, 20},
      {"Vào số, đóng dấu, phát hành", ProcessRole::kClerk, 5},
      {"Trả kết quả", ProcessRole::kDesk, 5},
  };
  return kSteps;
}

Result<Catalog> LoadCatalog(const std::vector<CatalogFile>& files, std::vector<CatalogError>* errors_out) {
  ErrorCollector errors;
  std::vector<ParsedField> fields;
  std::vector<ParsedProcedure> procedures;
  for (const CatalogFile& file : files) {
    FileParser(file, errors, fields, procedures).Run();
  }
  CheckCrossReferences(fields, procedures, errors);
  if (errors_out) *errors_out = errors.errors();
  if (errors.total() > 0) return ErrorsToStatus(errors);
  std::vector<Field> field_values;
  field_values.reserve(fields.size());
  for (ParsedField& f : fields) field_values.push_back(std::move(f.field));
  std::vector<Procedure> procedure_values;
  procedure_values.reserve(procedures.size());
  for (ParsedProcedure& p : procedures) procedure_values.push_back(std::move(p.procedure));
  return Catalog(std::move(field_values), std::move(procedure_values));
}

Result<Catalog> LoadEmbeddedCatalog() {
  const std::vector<EmbeddedFile> embedded = EmbeddedFilesUnder("catalog/");
  std::vector<CatalogFile> files;
  for (const EmbeddedFile& f : embedded) {
    if (f.path.size() < 4 || f.path.substr(f.path.size() - 4) != ".txt") continue;
    files.push_back(CatalogFile{"data/" + std::string(f.path), f.content});
  }
  return LoadCatalog(files);
}

}  // namespace motcua
