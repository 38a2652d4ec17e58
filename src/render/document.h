// The document model the renderers take: a page setup and a flow of blocks (paragraphs, tables, the national
// heading, QR codes, spacing, page breaks). RenderPdf (pdf_writer.h) and RenderDocx (docx_writer.h) turn the
// same model into bytes, so a form or a report is described once. All text is UTF-8; sizes are in points,
// lengths in millimetres. Plain values with no behaviour; thread-safe to share read-only.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "render/page_setup.h"

namespace motcua::render {

enum class Align { kLeft, kCenter, kRight, kJustify };
enum class VAlign { kTop, kMiddle };

// A run of text with one style. size_pt 0 means "the paragraph's size". A '\n' inside a span breaks the line.
struct Span {
  std::string text{};
  bool bold = false;
  bool italic = false;
  bool underline = false;
  double size_pt = 0;
};

struct Paragraph {
  std::vector<Span> spans{};
  Align align = Align::kJustify;
  double size_pt = 13;
  double first_line_indent_mm = 0;
  double left_indent_mm = 0;
  double space_before_pt = 0;
  double space_after_pt = 3;
  double line_spacing = 1.0;  // multiple of single spacing
  // Never leave this paragraph as the last thing on a page when the next block would start the next one
  // (titles, and the lines that introduce a table).
  bool keep_with_next = false;
};

// A QR code drawn as vector squares (crisp at any zoom), with its quiet zone inside `size_mm`.
struct QrImage {
  std::string payload{};  // usually a URL
  double size_mm = 22;
  Align align = Align::kCenter;  // as a block on its own; inside a table cell it is always centred
};

struct TableCell {
  std::vector<Span> spans{};
  Align align = Align::kLeft;
  VAlign valign = VAlign::kTop;
  int col_span = 1;
  int row_span = 1;             // rows joined by a row span are kept on one page
  std::optional<QrImage> qr{};  // drawn centred above the text (PDF only)
};

struct TableRow {
  std::vector<TableCell> cells{};  // cells covered by a span from above or the left are not listed
};

// GCC 12 reports a false -Wmaybe-uninitialized at this definition when a Block variant holding another
// alternative is moved (e.g. vector<Block>::push_back in a loop); the warning is located here, so it is
// silenced here rather than at every caller.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
struct Table {
  std::vector<double> column_weights{};
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif                                  // relative widths; the table spans the text width
  std::vector<TableRow> header_rows{};  // repeated at the top of every page the table runs onto
  std::vector<TableRow> rows{};
  double size_pt = 12;
  bool borders = true;
  double padding_mm = 1.2;
  double space_after_pt = 6;
};

// The heading of an official document (NĐ 30/2020 Phụ lục I): on the left the issuing body (parent body not
// bold, the body itself bold with a short rule under it) and the number; on the right the national name
// "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (bold) over the motto "Độc lập - Tự do - Hạnh phúc" (bold, with a rule
// as long as the motto), then the place and date in italics. Any field may be empty.
inline constexpr char kNationalName[] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";  // Quốc hiệu
inline constexpr char kMotto[] = "Độc lập - Tự do - Hạnh phúc";                // Tiêu ngữ
// NĐ 30/2020: the rule under the issuing body is 1/3 to 1/2 as long as its name; under the motto, as long as
// the motto.
inline constexpr double kAgencyRuleShare = 0.4;

struct NationalHeading {
  std::vector<std::string> parent_agency_lines{};  // upper case, e.g. {"UBND XÃ ĐỒNG TIẾN"}
  std::vector<std::string> agency_lines{};  // upper case, e.g. {"BỘ PHẬN TIẾP NHẬN", "VÀ TRẢ KẾT QUẢ"}
  std::string number{};                     // "Số: 15/GTN-BPTNTKQ"
  std::string place_and_date{};             // "Đồng Tiến, ngày 28 tháng 11 năm 2026"
  double left_fraction = 0.42;              // share of the text width for the left column
  double size_pt = 13;  // quốc hiệu and agency; the motto is 1 pt larger; both shrink to fit their column
};

struct Spacer {
  double height_mm = 4;
};

struct PageBreak {};

using Block = std::variant<Paragraph, Table, NationalHeading, QrImage, Spacer, PageBreak>;

struct DocumentInfo {
  std::string title{};
  std::string author{};
  std::string subject{};
  // ISO 8601, e.g. "2026-11-28T09:00:00+07:00". When empty, cairo stamps the current time, so two renders
  // of the same document differ in that date; give one to get the same bytes for the same input.
  std::string created_iso{};
};

struct Document {
  PageSetup page{};
  DocumentInfo info{};
  std::vector<Block> blocks{};
};

}  // namespace motcua::render
