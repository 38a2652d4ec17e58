#include "calendar/lunar.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <vector>

namespace motcua {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kRadiansPerDegree = kPi / 180.0;
constexpr double kMeanSynodicMonth = 29.530588853;
// Julian Day Number of 1970-01-01 (DaysFromCivil's origin).
constexpr int64_t kJdnOfUnixEpoch = 2440588;

int64_t ToJdn(CivilDate date) { return DaysFromCivil(date) + kJdnOfUnixEpoch; }
CivilDate FromJdn(int64_t jdn) { return CivilFromDays(jdn - kJdnOfUnixEpoch); }

const int64_t kJdn1968 = ToJdn({1968, 1, 1});

// Julian date of the k-th new moon after lunation 0: the mean lunation plus the main periodic terms and a
// Delta T correction (Meeus, "Astronomical Formulae for Calculators"; accurate to a few minutes over
// 1900-2100).
double NewMoonJd(int k) {
  const double t = k / 1236.85;  // Julian centuries since 1900-01-00.5
  const double t2 = t * t;
  const double t3 = t2 * t;
  const double mean = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3 +
                      0.00033 * std::sin((166.56 + 132.87 * t - 0.009173 * t2) * kRadiansPerDegree);
  const double sun_anomaly =
      (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * kRadiansPerDegree;
  const double moon_anomaly =
      (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * kRadiansPerDegree;
  const double latitude_arg =
      (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * kRadiansPerDegree;
  const double m = sun_anomaly;
  const double mp = moon_anomaly;
  const double f = latitude_arg;
  double correction = (0.1734 - 0.000393 * t) * std::sin(m) + 0.0021 * std::sin(2 * m);
  correction += -0.4068 * std::sin(mp) + 0.0161 * std::sin(2 * mp) - 0.0004 * std::sin(3 * mp);
  correction += 0.0104 * std::sin(2 * f) - 0.0051 * std::sin(m + mp) - 0.0074 * std::sin(m - mp);
  correction += 0.0004 * std::sin(2 * f + m) - 0.0004 * std::sin(2 * f - m) - 0.0006 * std::sin(2 * f + mp);
  correction += 0.0010 * std::sin(2 * f - mp) + 0.0005 * std::sin(2 * mp + m);
  const double delta_t = t < -11
                             ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                             : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return mean + correction - delta_t;
}

// The sun's apparent longitude in radians, in [0, 2π), at Julian date `jd`.
double SolarLongitude(double jd) {
  const double t = (jd - 2451545.0) / 36525;  // Julian centuries since J2000
  const double t2 = t * t;
  const double mean_anomaly =
      (357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * kRadiansPerDegree;
  const double mean_longitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * std::sin(mean_anomaly) +
                        (0.019993 - 0.000101 * t) * std::sin(2 * mean_anomaly) +
                        0.000290 * std::sin(3 * mean_anomaly);
  double longitude = (mean_longitude + centre) * kRadiansPerDegree;
  longitude -= 2 * kPi * std::floor(longitude / (2 * kPi));
  return longitude;
}

// Which zone counts the days around lunation k: UTC+8 for a new moon whose day (counted at UTC+8) is before
// 1968, UTC+7 afterwards. Month 11 of Đinh Mùi (1967) therefore starts on 2/12/1967, month 12 on 31/12/1967,
// and Tết Mậu Thân on 29/1/1968.
int ZoneOfLunation(int k) {
  const int64_t day_at_utc8 = static_cast<int64_t>(std::floor(NewMoonJd(k) + 0.5 + 8.0 / 24));
  return day_at_utc8 < kJdn1968 ? 8 : 7;
}

// The local day (JDN) on which lunation k falls: the first day of a lunar month.
int64_t MonthStartJdn(int k) {
  return static_cast<int64_t>(std::floor(NewMoonJd(k) + 0.5 + ZoneOfLunation(k) / 24.0));
}

// The 30° sector (0..11) the sun is in at local midnight starting the month of lunation k. A month whose
// start and the next month's start share a sector holds no principal term.
int SectorAtMonthStart(int k) {
  const double local_midnight = static_cast<double>(MonthStartJdn(k)) - 0.5 - ZoneOfLunation(k) / 24.0;
  return static_cast<int>(std::floor(SolarLongitude(local_midnight) / (kPi / 6)));
}

// Lunation number of month 11 (the month holding the winter solstice) of Gregorian year `year`. Lunation 0 is
// the new moon of 1900-01-01 13:51 UT (JD 2415021.08); the estimate from 31 December is corrected below.
int Month11Lunation(int year) {
  const int64_t days = ToJdn({year, 12, 31}) - 2415021;
  int k = static_cast<int>(std::floor(static_cast<double>(days) / kMeanSynodicMonth));
  // A month already past 270° at its start began after the solstice: month 11 is the one before.
  if (SectorAtMonthStart(k) >= 9) --k;
  return k;
}

struct MonthRow {
  int64_t start_jdn;  // first day
  int year;           // lunar year
  int month;
  bool leap;
  int Key() const { return year * 32 + month * 2 + (leap ? 1 : 0); }
};

// Every lunar month from month 11 of 1898 to the last month before month 11 of 2101, in order, plus a
// sentinel row holding the start of the month after the last.
class LunarTable {
 public:
  LunarTable() {
    for (int solstice_year = 1899; solstice_year <= 2101; ++solstice_year) {
      const int first = Month11Lunation(solstice_year - 1);
      const int next = Month11Lunation(solstice_year);
      const int count = next - first;  // 12 or 13
      int leap_index = -1;
      if (count == 13) {
        for (int i = 1; i <= 12; ++i) {
          if (SectorAtMonthStart(first + i) == SectorAtMonthStart(first + i + 1)) {
            leap_index = i;
            break;
          }
        }
      }
      for (int i = 0; i < count; ++i) {
        int number = leap_index >= 0 && i >= leap_index ? 10 + i : 11 + i;
        int year = solstice_year;
        if (number > 12) {
          number -= 12;
        } else {
          year = solstice_year - 1;  // months 11 and 12 (and a leap 11/12) close the previous lunar year
        }
        rows_.push_back(MonthRow{MonthStartJdn(first + i), year, number, i == leap_index});
      }
    }
    rows_.push_back(MonthRow{MonthStartJdn(Month11Lunation(2101)), 2101, 11, false});
  }

  // Index of the month containing `jdn`, or -1.
  int MonthOf(int64_t jdn) const {
    auto it = std::upper_bound(rows_.begin(), rows_.end() - 1, jdn,
                               [](int64_t day, const MonthRow& row) { return day < row.start_jdn; });
    if (it == rows_.begin()) return -1;
    const int index = static_cast<int>(it - rows_.begin()) - 1;
    return jdn < rows_[index + 1].start_jdn ? index : -1;
  }

  // Index of the month (year, month, leap), or -1.
  int Find(int year, int month, bool leap) const {
    const int key = MonthRow{0, year, month, leap}.Key();
    auto it = std::lower_bound(rows_.begin(), rows_.end() - 1, key,
                               [](const MonthRow& row, int k) { return row.Key() < k; });
    if (it == rows_.end() - 1 || it->Key() != key) return -1;
    return static_cast<int>(it - rows_.begin());
  }

  const MonthRow& row(int index) const { return rows_[index]; }
  int Length(int index) const {
    return static_cast<int>(rows_[index + 1].start_jdn - rows_[index].start_jdn);
  }

 private:
  std::vector<MonthRow> rows_;
};

const LunarTable& Table() {
  static const LunarTable table;
  return table;
}

Status OutOfRange(std::string_view what) {
  return Status::InvalidArgument(
      std::string(what) + " is outside the lunar calendar's range 1900-01-01..2100-12-31",
      "Ngày nằm ngoài phạm vi lịch âm được hỗ trợ (01/01/1900 - 31/12/2100).");
}

bool InSolarRange(CivilDate date) { return date >= kFirstLunarSolarDate && date <= kLastLunarSolarDate; }

}  // namespace

int LunarTimeZoneHours(CivilDate date) { return ToJdn(date) < kJdn1968 ? 8 : 7; }

Result<LunarDate> SolarToLunar(CivilDate date) {
  if (!IsValidDate(date.year, date.month, date.day) || !InSolarRange(date))
    return OutOfRange(FormatIsoDate(date));
  const LunarTable& table = Table();
  const int64_t jdn = ToJdn(date);
  const int index = table.MonthOf(jdn);
  if (index < 0) return Status::Internal("lunar table does not cover " + FormatIsoDate(date));
  const MonthRow& row = table.row(index);
  return LunarDate{static_cast<int>(jdn - row.start_jdn) + 1, row.month, row.year, row.leap};
}

Result<CivilDate> LunarToSolar(LunarDate date) {
  const std::string text = FormatLunarDate(date);
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > 30) {
    return Status::InvalidArgument("invalid lunar date " + text, "Ngày âm lịch không hợp lệ: " + text + ".");
  }
  const LunarTable& table = Table();
  const int index = table.Find(date.year, date.month, date.leap);
  if (index < 0) {
    if (date.year < 1899 || date.year > 2100) return OutOfRange("lunar date " + text);
    return Status::InvalidArgument("lunar year " + std::to_string(date.year) + " has no month " +
                                       std::to_string(date.month) + (date.leap ? " (leap)" : ""),
                                   "Năm âm lịch " + std::to_string(date.year) + " không có tháng " +
                                       std::to_string(date.month) + (date.leap ? " nhuận" : "") + ".");
  }
  if (date.day > table.Length(index)) {
    return Status::InvalidArgument(
        "lunar month of " + text + " has only " + std::to_string(table.Length(index)) + " days",
        "Ngày âm lịch không tồn tại: " + text + " (tháng này chỉ có " + std::to_string(table.Length(index)) +
            " ngày).");
  }
  const CivilDate solar = FromJdn(table.row(index).start_jdn + date.day - 1);
  if (!InSolarRange(solar)) return OutOfRange("lunar date " + text);
  return solar;
}

Result<CivilDate> TetDate(int year) {
  if (year < 1900 || year > 2100) return OutOfRange("Tết of " + std::to_string(year));
  return LunarToSolar(LunarDate{1, 1, year, false});
}

int LeapMonthOfYear(int year) {
  if (year < 1900 || year > 2100) return -1;
  const LunarTable& table = Table();
  for (int month = 1; month <= 12; ++month) {
    if (table.Find(year, month, true) >= 0) return month;
  }
  return 0;
}

int LunarMonthLength(int year, int month, bool leap) {
  const LunarTable& table = Table();
  const int index = table.Find(year, month, leap);
  return index < 0 ? 0 : table.Length(index);
}

std::string FormatLunarDate(LunarDate date) {
  std::string out = std::to_string(date.day);
  out += '/';
  out += std::to_string(date.month);
  if (date.leap) out += 'L';
  out += '/';
  out += std::to_string(date.year);
  return out;
}

Result<LunarDate> ParseLunarDate(std::string_view text) {
  auto bad = [&] {
    return Status::InvalidArgument(
        "unparsable lunar date '" + std::string(text) + "' (expected d/m/yyyy or d/mL/yyyy)",
        "Ngày âm lịch không hợp lệ: '" + std::string(text) +
            "' (định dạng ngày/tháng/năm, tháng nhuận thêm L, ví dụ 1/2L/2023).");
  };
  auto read_int = [&](std::string_view part, int* out) {
    if (part.empty() || part.size() > 4) return false;
    auto [ptr, ec] = std::from_chars(part.data(), part.data() + part.size(), *out);
    return ec == std::errc() && ptr == part.data() + part.size();
  };
  const size_t first = text.find('/');
  const size_t second = first == std::string_view::npos ? first : text.find('/', first + 1);
  if (second == std::string_view::npos) return bad();
  LunarDate date;
  std::string_view month = text.substr(first + 1, second - first - 1);
  if (!month.empty() && (month.back() == 'L' || month.back() == 'l')) {
    date.leap = true;
    month.remove_suffix(1);
  }
  if (!read_int(text.substr(0, first), &date.day) || !read_int(month, &date.month) ||
      !read_int(text.substr(second + 1), &date.year)) {
    return bad();
  }
  MOTCUA_ASSIGN_OR_RETURN(CivilDate solar, LunarToSolar(date));
  (void)solar;
  return date;
}

}  // namespace motcua
