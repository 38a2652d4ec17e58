#include "render/internal/docx_parts.h"

#include <cmath>
#include <pugixml.hpp>
#include <sstream>

#include "render/docx_writer.h"

namespace motcua::render::internal {
namespace {

constexpr char kXmlDeclaration[] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr char kWordNs[] = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

std::string Serialize(const pugi::xml_document& xml) {
  std::ostringstream out;
  xml.save(out, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
  return kXmlDeclaration + out.str();
}

std::string HalfPoints(double size_pt) { return std::to_string(static_cast<int>(std::lround(size_pt * 2))); }

}  // namespace

std::string DocxContentTypes() {
  return std::string(kXmlDeclaration) +
         "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
         "<Default Extension=\"rels\" "
         "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
         "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
         "<Override PartName=\"/word/document.xml\" "
         "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
         "<Override PartName=\"/word/styles.xml\" "
         "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
         "<Override PartName=\"/word/settings.xml\" "
         "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
         "<Override PartName=\"/word/header1.xml\" "
         "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
         "<Override PartName=\"/docProps/core.xml\" "
         "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
         "<Override PartName=\"/docProps/app.xml\" "
         "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
         "</Types>";
}

std::string DocxPackageRels() {
  return std::string(kXmlDeclaration) +
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" "
         "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
         "Target=\"word/document.xml\"/>"
         "<Relationship Id=\"rId2\" "
         "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
         "Target=\"docProps/core.xml\"/>"
         "<Relationship Id=\"rId3\" "
         "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" "
         "Target=\"docProps/app.xml\"/>"
         "</Relationships>";
}

std::string DocxDocumentRels() {
  return std::string(kXmlDeclaration) +
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rIdStyles\" "
         "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
         "Target=\"styles.xml\"/>"
         "<Relationship Id=\"rIdSettings\" "
         "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" "
         "Target=\"settings.xml\"/>"
         "<Relationship Id=\"" +
         std::string(kDocxHeaderRelId) +
         "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" "
         "Target=\"header1.xml\"/>"
         "</Relationships>";
}

std::string DocxStyles(double size_pt) {
  pugi::xml_document xml;
  pugi::xml_node styles = xml.append_child("w:styles");
  styles.append_attribute("xmlns:w") = kWordNs;
  pugi::xml_node run =
      styles.append_child("w:docDefaults").append_child("w:rPrDefault").append_child("w:rPr");
  pugi::xml_node fonts = run.append_child("w:rFonts");
  for (const char* slot : {"w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"})
    fonts.append_attribute(slot) = kDocxFontName;
  run.append_child("w:sz").append_attribute("w:val") = HalfPoints(size_pt).c_str();
  run.append_child("w:szCs").append_attribute("w:val") = HalfPoints(size_pt).c_str();
  pugi::xml_node lang = run.append_child("w:lang");
  lang.append_attribute("w:val") = "vi-VN";
  lang.append_attribute("w:eastAsia") = "vi-VN";
  lang.append_attribute("w:bidi") = "ar-SA";
  pugi::xml_node paragraph = styles.child("w:docDefaults").append_child("w:pPrDefault").append_child("w:pPr");
  pugi::xml_node spacing = paragraph.append_child("w:spacing");
  spacing.append_attribute("w:after") = "0";
  spacing.append_attribute("w:line") = "240";
  spacing.append_attribute("w:lineRule") = "auto";

  pugi::xml_node normal = styles.append_child("w:style");
  normal.append_attribute("w:type") = "paragraph";
  normal.append_attribute("w:default") = "1";
  normal.append_attribute("w:styleId") = "Normal";
  normal.append_child("w:name").append_attribute("w:val") = "Normal";
  normal.append_child("w:qFormat");

  pugi::xml_node table = styles.append_child("w:style");
  table.append_attribute("w:type") = "table";
  table.append_attribute("w:default") = "1";
  table.append_attribute("w:styleId") = "TableNormal";
  table.append_child("w:name").append_attribute("w:val") = "Normal Table";
  pugi::xml_node margins = table.append_child("w:tblPr").append_child("w:tblCellMar");
  for (const char* side : {"w:left", "w:right"}) {
    pugi::xml_node margin = margins.append_child(side);
    margin.append_attribute("w:w") = "108";
    margin.append_attribute("w:type") = "dxa";
  }
  return Serialize(xml);
}

std::string DocxSettings() {
  return std::string(kXmlDeclaration) + "<w:settings xmlns:w=\"" + kWordNs +
         "\"><w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"720\"/>"
         "<w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat>"
         "<w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" "
         "w:val=\"15\"/></w:compat></w:settings>";
}

std::string DocxPageNumberHeader(double size_pt) {
  pugi::xml_document xml;
  pugi::xml_node header = xml.append_child("w:hdr");
  header.append_attribute("xmlns:w") = kWordNs;
  pugi::xml_node paragraph = header.append_child("w:p");
  paragraph.append_child("w:pPr").append_child("w:jc").append_attribute("w:val") = "center";
  pugi::xml_node field = paragraph.append_child("w:fldSimple");
  field.append_attribute("w:instr") = " PAGE ";
  pugi::xml_node run = field.append_child("w:r");
  run.append_child("w:rPr").append_child("w:sz").append_attribute("w:val") = HalfPoints(size_pt).c_str();
  run.append_child("w:t").text() = "2";
  return Serialize(xml);
}

std::string DocxCoreProperties(const DocumentInfo& info) {
  pugi::xml_document xml;
  pugi::xml_node core = xml.append_child("cp:coreProperties");
  core.append_attribute("xmlns:cp") =
      "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
  core.append_attribute("xmlns:dc") = "http://purl.org/dc/elements/1.1/";
  core.append_attribute("xmlns:dcterms") = "http://purl.org/dc/terms/";
  core.append_attribute("xmlns:xsi") = "http://www.w3.org/2001/XMLSchema-instance";
  if (!info.title.empty()) core.append_child("dc:title").text() = info.title.c_str();
  if (!info.subject.empty()) core.append_child("dc:subject").text() = info.subject.c_str();
  if (!info.author.empty()) core.append_child("dc:creator").text() = info.author.c_str();
  if (!info.created_iso.empty()) {
    pugi::xml_node created = core.append_child("dcterms:created");
    created.append_attribute("xsi:type") = "dcterms:W3CDTF";
    created.text() = info.created_iso.c_str();
  }
  return Serialize(xml);
}

std::string DocxAppProperties() {
  return std::string(kXmlDeclaration) +
         "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
         "<Application>MotCua</Application></Properties>";
}

}  // namespace motcua::render::internal
