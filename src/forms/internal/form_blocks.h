// Internal to forms/: the building blocks every form is laid out with (heading, title, "Label: value" lines,
// signature blocks, table cells) on top of render::Document. Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "forms/form_common.h"
#include "render/document.h"

namespace motcua::forms::internal {

using render::Align;
using render::Paragraph;
using render::Span;
using render::TableCell;

// Type sizes for the A5 forms (the official 13-14 pt would not fit an A5 page with its tables).
inline constexpr double kA5BodyPt = 11;
inline constexpr double kA5TablePt = 10;
inline constexpr double kA5TitlePt = 13;

std::string OrBlank(const std::string& value);

render::NationalHeading Heading(const Issuer& issuer, const std::string& number, CivilDate date,
                                double size_pt);
// Bold, centred, kept with what follows.
Paragraph Title(const std::string& text, double size_pt, double space_before_pt = 6);
Paragraph Centered(std::vector<Span> spans, double size_pt);
Paragraph Text(std::vector<Span> spans, double size_pt, Align align = Align::kJustify);
// "Label: value", the value blank-filled when empty.
Paragraph Field(const std::string& label, const std::string& value, double size_pt, bool bold_value = false);

struct Signer {
  std::string title;  // "NGƯỜI TIẾP NHẬN HỒ SƠ"
  std::string name;   // printed under the space for the signature
  std::string hint = "(Ký và ghi rõ họ tên)";
};
// Side by side, each centred in its column. `first_column_weight` > 0 adds a first column holding
// `first_cell` (empty to push a single signer to the right, as the forms do; or the receipt's QR code).
render::Table Signatures(const std::vector<Signer>& signers, double size_pt, double first_column_weight = 0,
                         TableCell first_cell = {});

TableCell HeaderCell(const std::string& text, int col_span = 1, int row_span = 1);
TableCell Cell(const std::string& text, Align align = Align::kLeft);

// InvalidArgument naming the field when `value` is empty.
Status Require(std::string_view value, std::string_view field, std::string_view field_vi);

}  // namespace motcua::forms::internal
