#include "render/internal/pdf_blocks.h"

namespace motcua::render::internal {

void DrawQrMatrix(cairo_t* cr, const QrMatrix& matrix, double x, double y, double size) {
  const int modules = matrix.size + 2 * kQrQuietZoneModules;
  const double module = size / modules;
  const double origin_x = x + kQrQuietZoneModules * module;
  const double origin_y = y + kQrQuietZoneModules * module;
  // One rectangle per horizontal run of dark modules, filled together: smaller output than one square per
  // module, and no hairline seams between neighbours in viewers that anti-alias each shape.
  for (int row = 0; row < matrix.size; ++row) {
    int column = 0;
    while (column < matrix.size) {
      if (!matrix.At(row, column)) {
        ++column;
        continue;
      }
      int run_end = column;
      while (run_end < matrix.size && matrix.At(row, run_end)) ++run_end;
      cairo_rectangle(cr, origin_x + column * module, origin_y + row * module, (run_end - column) * module,
                      module);
      column = run_end;
    }
  }
  cairo_fill(cr);
}

Status DrawQrBlock(PdfFlow& flow, const QrImage& qr) {
  MOTCUA_ASSIGN_OR_RETURN(QrMatrix matrix, EncodeQr(qr.payload));
  double size = std::min(MmToPt(qr.size_mm), flow.width());
  flow.EnsureRoom(size);
  double x = flow.left();
  if (qr.align == Align::kCenter) x += (flow.width() - size) / 2;
  if (qr.align == Align::kRight) x += flow.width() - size;
  DrawQrMatrix(flow.cr(), matrix, x, flow.y(), size);
  flow.Advance(size);
  return Status::Ok();
}

}  // namespace motcua::render::internal
