#include "render/pdf_writer.h"

#include <cairo-pdf.h>
#include <cairo.h>

#include <memory>

#include "base/civil_time.h"
#include "base/text.h"
#include "render/internal/pdf_blocks.h"
#include "render/internal/pdf_flow.h"

namespace motcua::render {
namespace {

using internal::PdfFlow;

struct SurfaceDestroy {
  void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
struct ContextDestroy {
  void operator()(cairo_t* cr) const { cairo_destroy(cr); }
};

cairo_status_t AppendToString(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

Status CheckText(std::string_view text) {
  if (IsValidUtf8(text)) return Status::Ok();
  return Status::InvalidArgument("document text is not valid UTF-8",
                                 "Văn bản có ký tự không hợp lệ (không phải UTF-8).");
}

Status CheckSpans(const std::vector<Span>& spans) {
  for (const Span& span : spans) MOTCUA_RETURN_IF_ERROR(CheckText(span.text));
  return Status::Ok();
}

Status CheckRows(const std::vector<TableRow>& rows) {
  for (const TableRow& row : rows) {
    for (const TableCell& cell : row.cells) MOTCUA_RETURN_IF_ERROR(CheckSpans(cell.spans));
  }
  return Status::Ok();
}

// Pango replaces invalid UTF-8 silently; refuse it up front instead.
Status CheckDocumentText(const Document& document) {
  for (const Block& block : document.blocks) {
    if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
      MOTCUA_RETURN_IF_ERROR(CheckSpans(paragraph->spans));
    } else if (const auto* table = std::get_if<Table>(&block)) {
      MOTCUA_RETURN_IF_ERROR(CheckRows(table->header_rows));
      MOTCUA_RETURN_IF_ERROR(CheckRows(table->rows));
    } else if (const auto* heading = std::get_if<NationalHeading>(&block)) {
      for (const std::string& line : heading->parent_agency_lines) MOTCUA_RETURN_IF_ERROR(CheckText(line));
      for (const std::string& line : heading->agency_lines) MOTCUA_RETURN_IF_ERROR(CheckText(line));
      MOTCUA_RETURN_IF_ERROR(CheckText(heading->number));
      MOTCUA_RETURN_IF_ERROR(CheckText(heading->place_and_date));
    }
  }
  MOTCUA_RETURN_IF_ERROR(CheckText(document.info.title));
  MOTCUA_RETURN_IF_ERROR(CheckText(document.info.author));
  return CheckText(document.info.subject);
}

// cairo takes the creation date in ISO 8601 and converts it (cairo 1.16, Debian 12's, leaves the "D:" prefix
// off the result; poppler still reads it). Validated here so that a bad date is an error, not silently
// dropped.
Result<std::string> CreationDate(const std::string& iso) {
  Result<Instant> instant = ParseIsoInstant(iso);
  if (!instant.ok()) {
    return Status::InvalidArgument("bad document creation date '" + iso + "'",
                                   "Ngày tạo văn bản không hợp lệ.");
  }
  return FormatIsoInstant(*instant);  // "2026-11-28T09:00:00+07:00"
}

Status SetMetadata(cairo_surface_t* surface, const DocumentInfo& info) {
  if (!info.title.empty())
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, info.title.c_str());
  if (!info.author.empty())
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, info.author.c_str());
  if (!info.subject.empty()) {
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, info.subject.c_str());
  }
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "MotCua");
  if (!info.created_iso.empty()) {
    MOTCUA_ASSIGN_OR_RETURN(std::string date, CreationDate(info.created_iso));
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date.c_str());
  }
  return Status::Ok();
}

Result<double> LeadHeight(PdfFlow& flow, const Block& block) {
  if (const auto* paragraph = std::get_if<Paragraph>(&block))
    return internal::ParagraphLeadHeight(flow, *paragraph);
  if (const auto* table = std::get_if<Table>(&block)) return internal::TableLeadHeight(flow, *table);
  if (const auto* heading = std::get_if<NationalHeading>(&block))
    return internal::HeadingHeight(flow, *heading);
  if (const auto* qr = std::get_if<QrImage>(&block)) return MmToPt(qr->size_mm);
  return 0.0;
}

// Before a run of keep-with-next paragraphs starting at `index`: start a new page unless the run and the
// first lines of the block after it fit on this one.
Status KeepWithNext(PdfFlow& flow, const std::vector<Block>& blocks, size_t index) {
  double needed = 0;
  size_t i = index;
  for (; i < blocks.size(); ++i) {
    const auto* paragraph = std::get_if<Paragraph>(&blocks[i]);
    if (paragraph == nullptr || !paragraph->keep_with_next) break;
    needed += internal::ParagraphHeight(flow, *paragraph) + paragraph->space_after_pt;
  }
  if (i < blocks.size()) {
    MOTCUA_ASSIGN_OR_RETURN(double lead, LeadHeight(flow, blocks[i]));
    needed += lead;
  }
  // A run that cannot fit on any page is left to break where it must.
  if (needed <= flow.BodyHeight()) flow.EnsureRoom(needed);
  return Status::Ok();
}

Status DrawBlock(PdfFlow& flow, const Block& block) {
  if (const auto* paragraph = std::get_if<Paragraph>(&block))
    return internal::DrawParagraph(flow, *paragraph);
  if (const auto* table = std::get_if<Table>(&block)) return internal::DrawTable(flow, *table);
  if (const auto* heading = std::get_if<NationalHeading>(&block))
    return internal::DrawHeading(flow, *heading);
  if (const auto* qr = std::get_if<QrImage>(&block)) return internal::DrawQrBlock(flow, *qr);
  if (const auto* spacer = std::get_if<Spacer>(&block)) {
    flow.Advance(std::min(MmToPt(spacer->height_mm), std::max(0.0, flow.Remaining())));
    return Status::Ok();
  }
  if (std::holds_alternative<PageBreak>(block)) {
    flow.NewPage();
    return Status::Ok();
  }
  return Status::Ok();
}

}  // namespace

Result<std::string> RenderPdf(const Document& document) {
  MOTCUA_RETURN_IF_ERROR(CheckDocumentText(document));
  if (document.page.BodyWidthMm() <= 10 || document.page.BodyHeightMm() <= 10) {
    return Status::InvalidArgument("margins leave no room for text", "Lề trang quá lớn so với khổ giấy.");
  }
  std::string bytes;
  std::unique_ptr<cairo_surface_t, SurfaceDestroy> surface(cairo_pdf_surface_create_for_stream(
      AppendToString, &bytes, MmToPt(document.page.WidthMm()), MmToPt(document.page.HeightMm())));
  MOTCUA_RETURN_IF_ERROR(SetMetadata(surface.get(), document.info));
  std::unique_ptr<cairo_t, ContextDestroy> cr(cairo_create(surface.get()));
  cairo_set_source_rgb(cr.get(), 0, 0, 0);
  MOTCUA_ASSIGN_OR_RETURN(std::unique_ptr<internal::TextShaper> shaper,
                          internal::TextShaper::Create(cr.get()));

  PdfFlow flow(cr.get(), *shaper, document.page);
  for (size_t i = 0; i < document.blocks.size(); ++i) {
    const auto* paragraph = std::get_if<Paragraph>(&document.blocks[i]);
    if (paragraph != nullptr && paragraph->keep_with_next) {
      MOTCUA_RETURN_IF_ERROR(KeepWithNext(flow, document.blocks, i));
    }
    MOTCUA_RETURN_IF_ERROR(DrawBlock(flow, document.blocks[i]));
  }
  cairo_show_page(cr.get());
  cr.reset();
  cairo_surface_finish(surface.get());
  cairo_status_t status = cairo_surface_status(surface.get());
  if (status != CAIRO_STATUS_SUCCESS) {
    return Status::Internal(std::string("cairo PDF output failed: ") + cairo_status_to_string(status),
                            "Không tạo được tệp PDF.");
  }
  surface.reset();
  return bytes;
}

}  // namespace motcua::render
