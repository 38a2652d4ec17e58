#include "forms/form_format.h"

namespace motcua::forms {
namespace {

std::string TwoDigits(int value) { return (value < 10 ? "0" : "") + std::to_string(value); }

}  // namespace

std::string FormatLongDate(CivilDate date) {
  std::string out = "ngày " + TwoDigits(date.day) + " tháng ";
  out += date.month <= 2 ? TwoDigits(date.month) : std::to_string(date.month);
  out += " năm " + std::to_string(date.year);
  return out;
}

std::string FormatPlaceAndDate(const std::string& place, CivilDate date) {
  std::string out = place;
  if (!out.empty()) out += ", ";
  return out + FormatLongDate(date);
}

std::string FormatLongDateTime(Instant instant) {
  LocalDateTime local = ToLocal(instant);
  int minutes = local.seconds_of_day / 60;
  std::string out = TwoDigits(minutes / 60) + " giờ " + TwoDigits(minutes % 60) + " phút, ";
  return out + FormatLongDate(local.date);
}

std::string Blank() { return "…………"; }

}  // namespace motcua::forms
