#include "render/docx_writer.h"

#include <cairo.h>

#include <memory>
#include <pugixml.hpp>
#include <sstream>

#include "base/text.h"
#include "render/internal/docx_body.h"
#include "render/internal/docx_parts.h"
#include "render/internal/zip_package.h"

namespace motcua::render {
namespace {

using internal::ZipEntry;

Status CheckText(std::string_view text) {
  if (IsValidUtf8(text)) return Status::Ok();
  return Status::InvalidArgument("document text is not valid UTF-8",
                                 "Văn bản có ký tự không hợp lệ (không phải UTF-8).");
}

Status CheckSpans(const std::vector<Span>& spans) {
  for (const Span& span : spans) MOTCUA_RETURN_IF_ERROR(CheckText(span.text));
  return Status::Ok();
}

Status CheckDocumentText(const Document& document) {
  for (const Block& block : document.blocks) {
    if (const auto* paragraph = std::get_if<Paragraph>(&block))
      MOTCUA_RETURN_IF_ERROR(CheckSpans(paragraph->spans));
    if (const auto* table = std::get_if<Table>(&block)) {
      for (const auto* rows : {&table->header_rows, &table->rows}) {
        for (const TableRow& row : *rows) {
          for (const TableCell& cell : row.cells) MOTCUA_RETURN_IF_ERROR(CheckSpans(cell.spans));
        }
      }
    }
    if (const auto* heading = std::get_if<NationalHeading>(&block)) {
      for (const std::string& line : heading->parent_agency_lines) MOTCUA_RETURN_IF_ERROR(CheckText(line));
      for (const std::string& line : heading->agency_lines) MOTCUA_RETURN_IF_ERROR(CheckText(line));
      MOTCUA_RETURN_IF_ERROR(CheckText(heading->number));
      MOTCUA_RETURN_IF_ERROR(CheckText(heading->place_and_date));
    }
  }
  for (const std::string* text :
       {&document.info.title, &document.info.author, &document.info.subject, &document.info.created_iso}) {
    MOTCUA_RETURN_IF_ERROR(CheckText(*text));
  }
  return Status::Ok();
}

// The body text size: the first paragraph's, or 13 pt (NĐ 30/2020: 13-14 pt).
double BodySize(const Document& document) {
  for (const Block& block : document.blocks) {
    if (const auto* paragraph = std::get_if<Paragraph>(&block)) return paragraph->size_pt;
  }
  return 13;
}

// A measuring-only cairo context: text widths for the heading rules come from the same fonts as the PDFs
// (Liberation Serif has Times New Roman's metrics).
struct MeasuringSurface {
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_A8, 1, 1);
  cairo_t* cr = cairo_create(surface);
  ~MeasuringSurface() {
    cairo_destroy(cr);
    cairo_surface_destroy(surface);
  }
};

}  // namespace

Result<std::string> RenderDocx(const Document& document) {
  MOTCUA_RETURN_IF_ERROR(CheckDocumentText(document));
  MeasuringSurface measuring;
  MOTCUA_ASSIGN_OR_RETURN(std::unique_ptr<internal::TextShaper> shaper,
                          internal::TextShaper::Create(measuring.cr));
  const double body_width = MmToPt(document.page.BodyWidthMm());

  pugi::xml_document xml;
  pugi::xml_node root = xml.append_child("w:document");
  root.append_attribute("xmlns:w") = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  root.append_attribute("xmlns:r") = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  pugi::xml_node body = root.append_child("w:body");
  for (const Block& block : document.blocks) {
    if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
      internal::AppendDocxParagraph(body, *paragraph);
    } else if (const auto* table = std::get_if<Table>(&block)) {
      MOTCUA_RETURN_IF_ERROR(internal::AppendDocxTable(body, *table, body_width));
    } else if (const auto* heading = std::get_if<NationalHeading>(&block)) {
      internal::AppendDocxHeading(body, *heading, body_width, *shaper);
    } else if (const auto* spacer = std::get_if<Spacer>(&block)) {
      internal::AppendDocxSpacer(body, *spacer);
    } else if (std::holds_alternative<PageBreak>(block)) {
      internal::AppendDocxPageBreak(body);
    } else {
      return Status::InvalidArgument("QR codes are not supported in DOCX", "Tệp DOCX không hỗ trợ mã QR.");
    }
  }
  internal::AppendDocxSection(body, document.page);
  std::ostringstream document_xml;
  document_xml << "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  xml.save(document_xml, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);

  std::vector<ZipEntry> entries = {
      {"[Content_Types].xml", internal::DocxContentTypes()},
      {"_rels/.rels", internal::DocxPackageRels()},
      {"word/document.xml", document_xml.str()},
      {"word/_rels/document.xml.rels", internal::DocxDocumentRels()},
      {"word/styles.xml", internal::DocxStyles(BodySize(document))},
      {"word/settings.xml", internal::DocxSettings()},
      {"word/header1.xml", internal::DocxPageNumberHeader(document.page.page_number_size_pt)},
      {"docProps/core.xml", internal::DocxCoreProperties(document.info)},
      {"docProps/app.xml", internal::DocxAppProperties()},
  };
  return internal::WriteZip(entries);
}

}  // namespace motcua::render
