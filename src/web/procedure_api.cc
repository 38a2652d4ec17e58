#include "web/procedure_api.h"

#include <charconv>
#include <string>
#include <vector>

#include "base/text.h"

namespace motcua::web {
namespace {

constexpr size_t kMaxQueryBytes = 200;

// The date of validity: `?on=` or today.
Result<CivilDate> DateParam(const Request& request, const ProcedureApiOptions& options) {
  const auto on = request.QueryParam("on");
  if (!on) return options.today ? options.today() : LocalDate(Now());
  auto date = ParseIsoDate(*on);
  if (!date.ok()) {
    return Status::InvalidArgument(
        "bad 'on' date: " + date.status().message(),
        "Ngày hiệu lực 'on' không hợp lệ, cần dạng YYYY-MM-DD (ví dụ 2025-01-31).");
  }
  return *date;
}

// A non-negative integer parameter, or `fallback` when absent.
Result<int> IntParam(const Request& request, std::string_view name, int fallback) {
  const auto text = request.QueryParam(name);
  if (!text) return fallback;
  int value = 0;
  auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
  if (text->empty() || ec != std::errc() || end != text->data() + text->size() || value < 0) {
    return Status::InvalidArgument("bad '" + std::string(name) + "' parameter",
                                   "Tham số '" + std::string(name) + "' phải là số nguyên không âm.");
  }
  return value;
}

std::vector<std::string> Words(std::string_view folded) {
  std::vector<std::string> words;
  size_t start = 0;
  while (start < folded.size()) {
    const size_t space = folded.find(' ', start);
    const size_t end = space == std::string_view::npos ? folded.size() : space;
    if (end > start) words.emplace_back(folded.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

Result<Response> ListProcedures(const Request& request, const ProcedureSnapshotHolder& holder,
                                const ProcedureApiOptions& options) {
  MOTCUA_ASSIGN_OR_RETURN(const CivilDate on, DateParam(request, options));
  MOTCUA_ASSIGN_OR_RETURN(int limit, IntParam(request, "limit", options.default_limit));
  MOTCUA_ASSIGN_OR_RETURN(const int offset, IntParam(request, "offset", 0));
  limit = std::min(limit, options.max_limit);
  const std::string_view field = request.QueryParam("field").value_or("");
  const std::string_view query = request.QueryParam("q").value_or("");
  if (query.size() > kMaxQueryBytes) {
    return Status::InvalidArgument("query too long", "Từ khoá tìm kiếm quá dài (tối đa 200 ký tự).");
  }
  const std::vector<std::string> words = Words(SearchKey(query));

  const auto snapshot = holder.Get();
  std::string items;
  int total = 0;
  for (const ProcedureEntry& entry : snapshot->entries()) {
    if (!entry.procedure.InForceOn(on)) continue;
    if (!field.empty() && !EqualsIgnoreCase(entry.procedure.field_code, field)) continue;
    bool match = true;
    for (const std::string& word : words) {
      if (entry.search_key.find(word) == std::string::npos) {
        match = false;
        break;
      }
    }
    if (!match) continue;
    if (total >= offset && total - offset < limit) {
      if (!items.empty()) items.push_back(',');
      items.append(entry.summary_json);
    }
    ++total;
  }

  std::string body;
  body.reserve(items.size() + 96);
  body.append("{\"total\":").append(std::to_string(total));
  body.append(",\"limit\":").append(std::to_string(limit));
  body.append(",\"offset\":").append(std::to_string(offset));
  body.append(",\"on\":\"").append(FormatIsoDate(on));
  body.append("\",\"items\":[").append(items).append("]}");
  return SerializedJsonResponse(200, std::move(body));
}

Result<Response> GetProcedure(const Request& request, const ProcedureSnapshotHolder& holder,
                              const ProcedureApiOptions& options) {
  const std::string_view code = request.PathParam("code");
  if (!IsWellFormedProcedureCode(code)) {
    const std::string shown(code.substr(0, 32));
    return Status::InvalidArgument("malformed procedure code '" + shown + "'",
                                   "Mã thủ tục '" + shown + "' không hợp lệ; mã có dạng 1.001193.");
  }
  MOTCUA_ASSIGN_OR_RETURN(const CivilDate on, DateParam(request, options));
  const auto snapshot = holder.Get();
  const ProcedureEntry* entry = snapshot->Find(code, on);
  if (entry == nullptr) {
    const std::string code_text(code);
    if (!snapshot->HasCode(code)) {
      return Status::NotFound("unknown procedure " + code_text,
                              "Không tìm thấy thủ tục có mã " + code_text + ".");
    }
    return Status::NotFound(
        "procedure " + code_text + " not in force on " + FormatIsoDate(on),
        "Thủ tục mã " + code_text + " không có hiệu lực vào ngày " + FormatVnDate(on) + ".");
  }
  Response response;
  response.shared_body = entry->json;  // shares the snapshot's bytes; no copy
  return response;
}

}  // namespace

bool IsWellFormedProcedureCode(std::string_view code) {
  if (code.size() != 8 || code[1] != '.') return false;
  for (size_t i = 0; i < code.size(); ++i) {
    if (i != 1 && (code[i] < '0' || code[i] > '9')) return false;
  }
  return true;
}

void AddProcedureRoutes(Router& router, std::shared_ptr<const ProcedureSnapshotHolder> procedures,
                        ProcedureApiOptions options) {
  auto shared_options = std::make_shared<const ProcedureApiOptions>(std::move(options));
  router.Get("/api/v1/procedures", [procedures, shared_options](const Request& request) {
    return ListProcedures(request, *procedures, *shared_options);
  });
  router.Get("/api/v1/procedures/{code}", [procedures, shared_options](const Request& request) {
    return GetProcedure(request, *procedures, *shared_options);
  });
}

}  // namespace motcua::web
