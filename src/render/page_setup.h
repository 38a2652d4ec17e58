// Page geometry for rendered documents: paper sizes, orientation and margins, in millimetres, with the
// conversion to PDF points. The official margins follow Nghị định 30/2020/NĐ-CP, Phụ lục I (see
// docs/forms.md for the source). Plain values; thread-safe.
#pragma once

namespace motcua::render {

inline constexpr double kPointsPerMm = 72.0 / 25.4;
inline constexpr double MmToPt(double mm) { return mm * kPointsPerMm; }
inline constexpr double PtToMm(double pt) { return pt / kPointsPerMm; }

enum class PaperSize { kA4, kA5 };
enum class Orientation { kPortrait, kLandscape };

struct Margins {
  double top_mm = 20;
  double bottom_mm = 20;
  double left_mm = 30;
  double right_mm = 15;
};

// Where page numbers go. NĐ 30/2020: centred in the top margin, from the second page on.
enum class PageNumbers { kNone, kTopCenterFromSecondPage };

struct PageSetup {
  PaperSize paper = PaperSize::kA4;
  Orientation orientation = Orientation::kPortrait;
  Margins margins{};
  PageNumbers page_numbers = PageNumbers::kTopCenterFromSecondPage;
  double page_number_size_pt = 13;

  // Page size in millimetres after orientation (A4 portrait: 210 x 297).
  double WidthMm() const;
  double HeightMm() const;
  // The text area (page minus margins), in millimetres.
  double BodyWidthMm() const { return WidthMm() - margins.left_mm - margins.right_mm; }
  double BodyHeightMm() const { return HeightMm() - margins.top_mm - margins.bottom_mm; }
};

// NĐ 30/2020 Phụ lục I: top 20-25 mm, bottom 20-25 mm, left 30-35 mm, right 15-20 mm; the low end of each.
Margins OfficialMargins();
// A4 portrait with the official margins: administrative documents (reports, letters).
PageSetup OfficialA4Portrait();
// A4 landscape with the official margins turned with the page: the binding edge stays on the long side's
// left, so landscape ledgers keep 30 mm on the left (as practised for landscape appendices).
PageSetup OfficialA4Landscape();
// A5 portrait for the one-stop forms (TT 01/2018/TT-VPCP prints Mẫu 01-05 on A5). NĐ 30's A4 margins would
// leave 103 mm of text on a 148 mm page, so these are narrower (15/15/20/12 mm): a documented choice.
PageSetup FormA5Portrait();

}  // namespace motcua::render
