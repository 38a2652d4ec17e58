#include "dossier/feedback_code.h"

#include "dossier/dossier_code.h"

namespace motcua {
namespace {

constexpr size_t kUnitIdChars = 13;  // "NNN.NN.NN.XNN"

Status BadCode(std::string_view text, std::string_view why) {
  std::string log = "invalid feedback code '";
  log.append(text.substr(0, 64)).append("': ").append(why);
  return Status::InvalidArgument(
      std::move(log),
      "Mã phản ánh, kiến nghị không hợp lệ. Mã có dạng <mã đơn vị>-PA-YYMMDD-XXXX, "
      "ví dụ 000.00.20.H31-PA-251001-0001.");
}

}  // namespace

Result<std::string> FormatFeedbackCode(std::string_view unit_id, CivilDate date, int sequence) {
  // The dossier code has the same parts without the marker: reuse its checks, then insert "-PA".
  MOTCUA_ASSIGN_OR_RETURN(std::string code, FormatDossierCode(unit_id, date, sequence));
  std::string marker = "-";
  marker.append(kFeedbackCodeMarker);
  code.insert(kUnitIdChars, marker);
  return code;
}

Result<FeedbackCode> ParseFeedbackCode(std::string_view text) {
  constexpr size_t kMarkerChars = 3;  // "-PA"
  if (text.size() != kUnitIdChars + kMarkerChars + 12) return BadCode(text, "wrong length");
  if (text[kUnitIdChars] != '-' || text.substr(kUnitIdChars + 1, 2) != kFeedbackCodeMarker) {
    return BadCode(text, "missing '-PA'");
  }
  std::string as_dossier_code(text.substr(0, kUnitIdChars));
  as_dossier_code.append(text.substr(kUnitIdChars + kMarkerChars));
  auto parsed = ParseDossierCode(as_dossier_code);
  if (!parsed.ok()) return BadCode(text, parsed.status().message());
  return FeedbackCode{std::move(parsed->unit_id), parsed->date, parsed->sequence};
}

}  // namespace motcua
