// Internal to render/: drawing each kind of block into a PdfFlow, and the height a block needs at its start
// (used to keep a title with what follows it). Each drawer starts a new page when its content does not fit.
#pragma once

#include "base/status.h"
#include "render/document.h"
#include "render/internal/pdf_flow.h"
#include "render/qr_code.h"

namespace motcua::render::internal {

// Paragraphs break between lines across pages.
Status DrawParagraph(PdfFlow& flow, const Paragraph& paragraph);
// Rows break across pages with the header rows repeated; rows joined by a row span stay together; a single
// row taller than a page is split between lines.
Status DrawTable(PdfFlow& flow, const Table& table);
// The heading is never split.
Status DrawHeading(PdfFlow& flow, const NationalHeading& heading);
Status DrawQrBlock(PdfFlow& flow, const QrImage& qr);
// Draws `matrix` as a `size` x `size` square at (x, y), quiet zone included.
void DrawQrMatrix(cairo_t* cr, const QrMatrix& matrix, double x, double y, double size);

// The height each block needs before its first possible page break, so that a title can be kept with it.
double ParagraphLeadHeight(PdfFlow& flow, const Paragraph& paragraph);  // space before + two lines
double ParagraphHeight(PdfFlow& flow, const Paragraph& paragraph);      // space before + all lines
Result<double> TableLeadHeight(PdfFlow& flow, const Table& table);      // header + first row group
double HeadingHeight(PdfFlow& flow, const NationalHeading& heading);

}  // namespace motcua::render::internal
