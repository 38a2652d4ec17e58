#include <algorithm>
#include <numeric>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "render/internal/pdf_blocks.h"

namespace motcua::render::internal {
namespace {

constexpr double kBorderWidthPt = 0.5;
constexpr double kQrGapPt = 2;

struct PlacedCell {
  const TableCell* cell = nullptr;
  int row = 0;
  int column = 0;
  TextBlock text;
  double qr_pt = 0;  // side of the QR square, 0 without one
  double ContentHeight() const { return qr_pt + (qr_pt > 0 ? kQrGapPt : 0) + text.Height(); }
};

// Rows laid out on the column grid: each cell's position and text, each row's height, and the groups of rows
// that row spans tie together.
struct PlacedRows {
  std::vector<PlacedCell> cells;
  std::vector<double> heights;
  std::vector<std::pair<int, int>> groups;  // [first, last) row indices

  double Height(int first, int last) const {
    return std::accumulate(heights.begin() + first, heights.begin() + last, 0.0);
  }
  double TotalHeight() const { return Height(0, static_cast<int>(heights.size())); }
};

struct Grid {
  std::vector<double> x;  // left edge of each column, and the right edge of the last one
  double padding = 0;
  double Width(int column, int span) const { return x[column + span] - x[column]; }
};

Grid MakeGrid(const PdfFlow& flow, const Table& table) {
  Grid grid;
  grid.padding = MmToPt(table.padding_mm);
  double total = std::accumulate(table.column_weights.begin(), table.column_weights.end(), 0.0);
  double x = flow.left();
  grid.x.push_back(x);
  for (double weight : table.column_weights) {
    x += flow.width() * weight / total;
    grid.x.push_back(x);
  }
  return grid;
}

Result<PlacedRows> PlaceRows(PdfFlow& flow, const Table& table, const Grid& grid,
                             const std::vector<TableRow>& rows, std::string_view what) {
  const int columns = static_cast<int>(table.column_weights.size());
  const int row_count = static_cast<int>(rows.size());
  PlacedRows placed;
  placed.heights.assign(rows.size(), 0.0);
  std::vector<std::vector<bool>> taken(rows.size(), std::vector<bool>(columns, false));
  int group_start = 0;
  int group_end = 0;
  for (int r = 0; r < row_count; ++r) {
    int c = 0;
    for (const TableCell& cell : rows[r].cells) {
      while (c < columns && taken[r][c]) ++c;
      if (cell.col_span < 1 || cell.row_span < 1 || c + cell.col_span > columns ||
          r + cell.row_span > row_count) {
        std::string log = std::string(what) + " row " + std::to_string(r + 1) + " does not fit the " +
                          std::to_string(columns) + "-column grid";
        return Status::InvalidArgument(std::move(log), "Bảng có hàng không khớp với số cột.");
      }
      for (int rr = r; rr < r + cell.row_span; ++rr) {
        for (int cc = c; cc < c + cell.col_span; ++cc) taken[rr][cc] = true;
      }
      PlacedCell out;
      out.cell = &cell;
      out.row = r;
      out.column = c;
      double inner = std::max(1.0, grid.Width(c, cell.col_span) - 2 * grid.padding);
      out.text = flow.shaper().Shape(
          cell.spans, TextStyle{.size_pt = table.size_pt,
                                .align = cell.align == Align::kJustify ? Align::kLeft : cell.align,
                                .width_pt = inner});
      if (cell.qr) out.qr_pt = std::min(MmToPt(cell.qr->size_mm), inner);
      if (cell.row_span == 1) {
        placed.heights[r] = std::max(placed.heights[r], out.ContentHeight() + 2 * grid.padding);
      }
      group_end = std::max(group_end, r + cell.row_span);
      placed.cells.push_back(std::move(out));
      c += cell.col_span;
    }
    if (group_end <= r + 1) {
      placed.groups.emplace_back(group_start, r + 1);
      group_start = r + 1;
      group_end = r + 1;
    }
  }
  // A row with only spanned-over cells still needs a height: one empty line.
  double empty_line = flow.shaper().Shape({}, TextStyle{.size_pt = table.size_pt}).Height();
  for (double& height : placed.heights) height = std::max(height, empty_line + 2 * grid.padding);
  // A spanning cell taller than its rows grows the last row it covers.
  for (const PlacedCell& cell : placed.cells) {
    int last = cell.row + cell.cell->row_span;
    double need = cell.ContentHeight() + 2 * grid.padding;
    double have = placed.Height(cell.row, last);
    if (need > have) placed.heights[last - 1] += need - have;
  }
  return placed;
}

struct LineRange {
  size_t first = 0;
  size_t last = 0;
};

void DrawCell(PdfFlow& flow, const Table& table, const Grid& grid, const PlacedCell& cell, double top,
              double height, LineRange lines, bool with_qr) {
  cairo_t* cr = flow.cr();
  double x = grid.x[cell.column];
  double width = grid.Width(cell.column, cell.cell->col_span);
  if (table.borders) {
    cairo_rectangle(cr, x, top, width, height);
    cairo_stroke(cr);
  }
  double content = cell.text.RangeHeight(lines.first, lines.last);
  if (with_qr && cell.qr_pt > 0) content += cell.qr_pt + kQrGapPt;
  double y = top + grid.padding;
  if (cell.cell->valign == VAlign::kMiddle) y = top + std::max(grid.padding, (height - content) / 2);
  if (with_qr && cell.qr_pt > 0) {
    Result<QrMatrix> matrix = EncodeQr(cell.cell->qr->payload);
    if (matrix.ok()) DrawQrMatrix(cr, *matrix, x + (width - cell.qr_pt) / 2, y, cell.qr_pt);
    y += cell.qr_pt + kQrGapPt;
  }
  DrawLines(cr, cell.text, x + grid.padding, y, lines.first, lines.last);
}

// Draws rows [first, last) with their top at the cursor and advances past them.
void DrawRows(PdfFlow& flow, const Table& table, const Grid& grid, const PlacedRows& rows, int first,
              int last) {
  std::vector<double> tops(rows.heights.size() + 1, 0.0);
  for (int r = first; r < last; ++r) tops[r + 1] = tops[r] + rows.heights[r];
  for (const PlacedCell& cell : rows.cells) {
    if (cell.row < first || cell.row >= last) continue;
    double height = tops[cell.row + cell.cell->row_span] - tops[cell.row];
    DrawCell(flow, table, grid, cell, flow.y() + tops[cell.row] - tops[first], height,
             LineRange{0, cell.text.lines.size()}, true);
  }
  flow.Advance(rows.Height(first, last));
}

Status CheckQrPayloads(const std::vector<TableRow>& rows) {
  for (const TableRow& row : rows) {
    for (const TableCell& cell : row.cells) {
      if (cell.qr) MOTCUA_RETURN_IF_ERROR(EncodeQr(cell.qr->payload).status());
    }
  }
  return Status::Ok();
}

// Splits one row that is taller than a page between lines, repeating the header on each page.
Status DrawSplitRow(PdfFlow& flow, const Table& table, const Grid& grid, const PlacedRows& header,
                    const PlacedRows& body, int row) {
  std::vector<const PlacedCell*> cells;
  for (const PlacedCell& cell : body.cells) {
    if (cell.row == row) cells.push_back(&cell);
  }
  std::vector<size_t> progress(cells.size(), 0);
  auto unfinished = [&] {
    for (size_t i = 0; i < cells.size(); ++i) {
      if (progress[i] < cells[i]->text.lines.size()) return true;
    }
    return false;
  };
  while (unfinished()) {
    double room = flow.Remaining() - 2 * grid.padding;
    std::vector<size_t> next = progress;
    double fragment = 0;
    for (size_t i = 0; i < cells.size(); ++i) {
      const TextBlock& text = cells[i]->text;
      while (next[i] < text.lines.size() && text.RangeHeight(progress[i], next[i] + 1) <= room) ++next[i];
      fragment = std::max(fragment, text.RangeHeight(progress[i], next[i]));
    }
    if (fragment <= 0) {
      if (flow.AtPageTop() || flow.Remaining() >= flow.BodyHeight() - header.TotalHeight() - 0.01) {
        return Status::InvalidArgument("a table cell line is taller than a page",
                                       "Một dòng trong bảng cao hơn cả trang giấy.");
      }
      flow.NewPage();
      DrawRows(flow, table, grid, header, 0, static_cast<int>(header.heights.size()));
      continue;
    }
    double height = fragment + 2 * grid.padding;
    for (size_t i = 0; i < cells.size(); ++i) {
      DrawCell(flow, table, grid, *cells[i], flow.y(), height, LineRange{progress[i], next[i]}, false);
    }
    flow.Advance(height);
    progress = next;
    if (unfinished()) {
      flow.NewPage();
      DrawRows(flow, table, grid, header, 0, static_cast<int>(header.heights.size()));
    }
  }
  return Status::Ok();
}

bool HasQr(const PlacedRows& rows, int row) {
  for (const PlacedCell& cell : rows.cells) {
    if (cell.row == row && cell.qr_pt > 0) return true;
  }
  return false;
}

Status CheckColumns(const Table& table) {
  if (table.column_weights.empty()) {
    return Status::InvalidArgument("table without columns", "Bảng không có cột nào.");
  }
  for (double weight : table.column_weights) {
    if (!(weight > 0))
      return Status::InvalidArgument("table column weight must be positive", "Độ rộng cột không hợp lệ.");
  }
  return Status::Ok();
}

}  // namespace

Status DrawTable(PdfFlow& flow, const Table& table) {
  MOTCUA_RETURN_IF_ERROR(CheckColumns(table));
  MOTCUA_RETURN_IF_ERROR(CheckQrPayloads(table.header_rows));
  MOTCUA_RETURN_IF_ERROR(CheckQrPayloads(table.rows));
  Grid grid = MakeGrid(flow, table);
  MOTCUA_ASSIGN_OR_RETURN(PlacedRows header, PlaceRows(flow, table, grid, table.header_rows, "header"));
  MOTCUA_ASSIGN_OR_RETURN(PlacedRows body, PlaceRows(flow, table, grid, table.rows, "table"));
  const double header_height = header.TotalHeight();
  if (header_height > flow.BodyHeight()) {
    return Status::InvalidArgument("table header taller than a page", "Tiêu đề bảng cao hơn cả trang giấy.");
  }
  cairo_set_line_width(flow.cr(), kBorderWidthPt);
  const int header_rows = static_cast<int>(header.heights.size());

  // Start on a new page unless the header and the first group fit here.
  double first = body.groups.empty() ? 0 : body.Height(body.groups[0].first, body.groups[0].second);
  flow.EnsureRoom(header_height + std::min(first, flow.BodyHeight() - header_height));
  DrawRows(flow, table, grid, header, 0, header_rows);

  for (const auto& [start, end] : body.groups) {
    double height = body.Height(start, end);
    if (height <= flow.Remaining()) {
      DrawRows(flow, table, grid, body, start, end);
    } else if (header_height + height <= flow.BodyHeight()) {
      flow.NewPage();
      DrawRows(flow, table, grid, header, 0, header_rows);
      DrawRows(flow, table, grid, body, start, end);
    } else if (end - start == 1 && !HasQr(body, start)) {
      MOTCUA_RETURN_IF_ERROR(DrawSplitRow(flow, table, grid, header, body, start));
    } else {
      return Status::InvalidArgument("rows joined by a row span are taller than a page",
                                     "Nhóm hàng gộp trong bảng cao hơn cả trang giấy.");
    }
  }
  flow.Advance(std::min(table.space_after_pt, std::max(0.0, flow.Remaining())));
  return Status::Ok();
}

Result<double> TableLeadHeight(PdfFlow& flow, const Table& table) {
  MOTCUA_RETURN_IF_ERROR(CheckColumns(table));
  Grid grid = MakeGrid(flow, table);
  MOTCUA_ASSIGN_OR_RETURN(PlacedRows header, PlaceRows(flow, table, grid, table.header_rows, "header"));
  // Only the first group of rows matters: shape just those (a 300-row ledger would otherwise be laid out
  // twice).
  size_t end = 0;
  for (size_t r = 0; r < table.rows.size() && (r == 0 || r < end); ++r) {
    for (const TableCell& cell : table.rows[r].cells) end = std::max(end, r + std::max(1, cell.row_span));
  }
  end = std::min(end, table.rows.size());
  std::vector<TableRow> first_rows(table.rows.begin(), table.rows.begin() + static_cast<std::ptrdiff_t>(end));
  MOTCUA_ASSIGN_OR_RETURN(PlacedRows body, PlaceRows(flow, table, grid, first_rows, "table"));
  return header.TotalHeight() + body.TotalHeight();
}

}  // namespace motcua::render::internal
