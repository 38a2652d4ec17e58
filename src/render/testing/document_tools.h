// Test support: reading rendered documents back with the tools a person would use. poppler-utils
// (pdftotext, pdfinfo, pdffonts, pdftoppm), zbar-tools (zbarimg) and LibreOffice headless (soffice). Each
// call fails with NotFound when its tool is missing, so a test using it fails rather than skips.
// Thread-safe: every call works in its own temporary directory, and each LibreOffice conversion has its own
// user installation (-env:UserInstallation) so parallel tests do not share a profile.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "base/result.h"

namespace motcua::render::testing {

// pdftotext -layout (or raw order with `layout` false), UTF-8.
Result<std::string> PdfToText(const std::string& pdf, bool layout = true);

struct PdfInfo {
  int pages = 0;
  double width_pt = 0;  // of the first page
  double height_pt = 0;
};
Result<PdfInfo> GetPdfInfo(const std::string& pdf);

// The base font names pdffonts lists (subset prefixes removed), e.g. "LiberationSerif-Bold", and whether
// each is embedded.
struct PdfFont {
  std::string name;
  bool embedded = false;
};
Result<std::vector<PdfFont>> GetPdfFonts(const std::string& pdf);

// Every word with its box (points from the page's top-left), from pdftotext -bbox.
struct PdfWord {
  int page = 0;  // 1-based
  double x_min = 0;
  double y_min = 0;
  double x_max = 0;
  double y_max = 0;
  std::string text;
};
Result<std::vector<PdfWord>> GetPdfWords(const std::string& pdf);

// PNG bytes of page `page` (1-based) at `dpi`.
Result<std::string> PdfPageToPng(const std::string& pdf, int page, int dpi);

// Fraction of pixels darker than mid-grey in a PNG (0 for a blank page).
Result<double> DarkPixelShare(const std::string& png);

// The texts zbarimg decodes from a PNG, one per symbol.
Result<std::vector<std::string>> DecodeQrCodes(const std::string& png);

// The uncompressed content of entry `name` in the ZIP archive `zip` (an .xlsx or .docx).
Result<std::string> ZipEntryText(const std::string& zip, const std::string& name);

// Splits CSV text (comma-separated, '"'-quoted, as LibreOffice writes it) into rows of fields.
std::vector<std::vector<std::string>> ParseCsv(const std::string& csv);

// Converts `input` (a file of type `extension`, e.g. "xlsx") with LibreOffice headless to `target`
// ("csv", "txt", "pdf"; a filter may be appended: "txt:Text (encoded):UTF8") and returns the bytes.
Result<std::string> LibreOfficeConvert(const std::string& input, const std::string& extension,
                                       const std::string& target);

}  // namespace motcua::render::testing
