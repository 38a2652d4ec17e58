#include "render/testing/document_tools.h"

#include <cairo.h>
#include <zip.h>

#include <cstring>
#include <sstream>

#include "render/testing/subprocess.h"

namespace motcua::render::testing {
namespace {

constexpr auto kPopplerTimeout = std::chrono::seconds(60);
constexpr auto kLibreOfficeTimeout = std::chrono::seconds(180);

Result<std::string> RunOk(const std::vector<std::string>& argv, std::chrono::seconds timeout,
                          const std::string& package) {
  MOTCUA_ASSIGN_OR_RETURN(ProcessResult result, RunProcess(argv, timeout, package));
  if (result.exit_code != 0) {
    return Status::Internal(argv[0] + " exited with " + std::to_string(result.exit_code) + ": " + result.err);
  }
  return result.out;
}

std::vector<std::string> Words(const std::string& line) {
  std::istringstream in(line);
  std::vector<std::string> words;
  std::string word;
  while (in >> word) words.push_back(word);
  return words;
}

struct PngReader {
  const std::string* bytes;
  size_t offset = 0;
};

cairo_status_t ReadPng(void* closure, unsigned char* data, unsigned int length) {
  auto* reader = static_cast<PngReader*>(closure);
  if (reader->offset + length > reader->bytes->size()) return CAIRO_STATUS_READ_ERROR;
  std::memcpy(data, reader->bytes->data() + reader->offset, length);
  reader->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

Result<std::string> PdfToText(const std::string& pdf, bool layout) {
  TempDir dir;
  MOTCUA_RETURN_IF_ERROR(WriteFile(dir.path() / "in.pdf", pdf));
  std::vector<std::string> argv = {"pdftotext", "-enc", "UTF-8"};
  if (layout) argv.push_back("-layout");
  argv.push_back((dir.path() / "in.pdf").string());
  argv.push_back("-");
  return RunOk(argv, kPopplerTimeout, "poppler-utils");
}

Result<PdfInfo> GetPdfInfo(const std::string& pdf) {
  TempDir dir;
  MOTCUA_RETURN_IF_ERROR(WriteFile(dir.path() / "in.pdf", pdf));
  MOTCUA_ASSIGN_OR_RETURN(std::string out, RunOk({"pdfinfo", (dir.path() / "in.pdf").string()},
                                                 kPopplerTimeout, "poppler-utils"));
  PdfInfo info;
  std::istringstream lines(out);
  std::string line;
  while (std::getline(lines, line)) {
    std::vector<std::string> words = Words(line);
    if (words.size() >= 2 && words[0] == "Pages:") info.pages = std::stoi(words[1]);
    // "Page size:      419.528 x 595.276 pts (A5)"
    if (words.size() >= 5 && words[0] == "Page" && words[1] == "size:") {
      info.width_pt = std::stod(words[2]);
      info.height_pt = std::stod(words[4]);
    }
  }
  if (info.pages == 0) return Status::Internal("pdfinfo gave no page count: " + out);
  return info;
}

Result<std::vector<PdfFont>> GetPdfFonts(const std::string& pdf) {
  TempDir dir;
  MOTCUA_RETURN_IF_ERROR(WriteFile(dir.path() / "in.pdf", pdf));
  MOTCUA_ASSIGN_OR_RETURN(std::string out, RunOk({"pdffonts", (dir.path() / "in.pdf").string()},
                                                 kPopplerTimeout, "poppler-utils"));
  std::vector<PdfFont> fonts;
  std::istringstream lines(out);
  std::string line;
  int line_number = 0;
  while (std::getline(lines, line)) {
    if (++line_number <= 2) continue;  // the column titles and the dashes
    std::vector<std::string> words = Words(line);
    // name type... encoding emb sub uni object-number generation: read the flags from the right, since the
    // type ("CID TrueType") may contain spaces.
    if (words.size() < 7) continue;
    PdfFont font;
    font.name = words[0];
    if (size_t plus = font.name.find('+'); plus == 6) font.name = font.name.substr(plus + 1);
    font.embedded = words[words.size() - 5] == "yes";
    fonts.push_back(font);
  }
  return fonts;
}

namespace {

double Attribute(const std::string& tag, const std::string& name) {
  size_t at = tag.find(name + "=\"");
  if (at == std::string::npos) return 0;
  return std::stod(tag.substr(at + name.size() + 2));
}

std::string UnescapeXml(std::string text) {
  const std::pair<std::string, std::string> entities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
  for (const auto& [entity, plain] : entities) {
    for (size_t at = text.find(entity); at != std::string::npos; at = text.find(entity, at + plain.size())) {
      text.replace(at, entity.size(), plain);
    }
  }
  return text;
}

}  // namespace

Result<std::vector<PdfWord>> GetPdfWords(const std::string& pdf) {
  TempDir dir;
  MOTCUA_RETURN_IF_ERROR(WriteFile(dir.path() / "in.pdf", pdf));
  MOTCUA_ASSIGN_OR_RETURN(
      std::string out, RunOk({"pdftotext", "-enc", "UTF-8", "-bbox", (dir.path() / "in.pdf").string(), "-"},
                             kPopplerTimeout, "poppler-utils"));
  std::vector<PdfWord> words;
  int page = 0;
  size_t at = 0;
  while ((at = out.find('<', at)) != std::string::npos) {
    size_t end = out.find('>', at);
    if (end == std::string::npos) break;
    std::string tag = out.substr(at, end - at + 1);
    if (tag.rfind("<page ", 0) == 0) ++page;
    if (tag.rfind("<word ", 0) == 0) {
      size_t close = out.find("</word>", end);
      if (close == std::string::npos) break;
      words.push_back(PdfWord{.page = page,
                              .x_min = Attribute(tag, "xMin"),
                              .y_min = Attribute(tag, "yMin"),
                              .x_max = Attribute(tag, "xMax"),
                              .y_max = Attribute(tag, "yMax"),
                              .text = UnescapeXml(out.substr(end + 1, close - end - 1))});
      end = close;
    }
    at = end + 1;
  }
  return words;
}

Result<std::string> PdfPageToPng(const std::string& pdf, int page, int dpi) {
  TempDir dir;
  MOTCUA_RETURN_IF_ERROR(WriteFile(dir.path() / "in.pdf", pdf));
  std::string number = std::to_string(page);
  MOTCUA_RETURN_IF_ERROR(
      RunOk({"pdftoppm", "-png", "-r", std::to_string(dpi), "-f", number, "-l", number, "-singlefile",
             (dir.path() / "in.pdf").string(), (dir.path() / "page").string()},
            kPopplerTimeout, "poppler-utils")
          .status());
  return ReadFile(dir.path() / "page.png");
}

Result<double> DarkPixelShare(const std::string& png) {
  PngReader reader{&png};
  cairo_surface_t* image = cairo_image_surface_create_from_png_stream(ReadPng, &reader);
  if (cairo_surface_status(image) != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(image);
    return Status::InvalidArgument("not a PNG image");
  }
  cairo_surface_flush(image);
  const int width = cairo_image_surface_get_width(image);
  const int height = cairo_image_surface_get_height(image);
  const int stride = cairo_image_surface_get_stride(image);
  const unsigned char* data = cairo_image_surface_get_data(image);
  int64_t dark = 0;
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      uint32_t pixel;
      std::memcpy(&pixel, data + static_cast<size_t>(y) * stride + static_cast<size_t>(x) * 4, sizeof pixel);
      int r = (pixel >> 16) & 0xff;
      int g = (pixel >> 8) & 0xff;
      int b = pixel & 0xff;
      if (r + g + b < 3 * 128) ++dark;
    }
  }
  cairo_surface_destroy(image);
  return width * height == 0 ? 0.0 : static_cast<double>(dark) / (static_cast<double>(width) * height);
}

Result<std::vector<std::string>> DecodeQrCodes(const std::string& png) {
  TempDir dir;
  MOTCUA_RETURN_IF_ERROR(WriteFile(dir.path() / "in.png", png));
  MOTCUA_ASSIGN_OR_RETURN(ProcessResult result,
                          RunProcess({"zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable",
                                      (dir.path() / "in.png").string()},
                                     kPopplerTimeout, "zbar-tools"));
  std::vector<std::string> codes;
  if (result.exit_code == 4) return codes;  // zbarimg: no symbol found
  if (result.exit_code != 0) return Status::Internal("zbarimg failed: " + result.err);
  std::istringstream lines(result.out);
  std::string line;
  while (std::getline(lines, line)) {
    if (!line.empty()) codes.push_back(line);
  }
  return codes;
}

Result<std::string> ZipEntryText(const std::string& zip, const std::string& name) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(zip.data(), zip.size(), 0, &error);
  zip_t* archive = source == nullptr ? nullptr : zip_open_from_source(source, ZIP_RDONLY, &error);
  if (archive == nullptr) {
    if (source != nullptr) zip_source_free(source);
    zip_error_fini(&error);
    return Status::InvalidArgument("not a ZIP archive");
  }
  std::string content;
  zip_stat_t stat;
  zip_file_t* file = nullptr;
  if (zip_stat(archive, name.c_str(), 0, &stat) == 0 &&
      (file = zip_fopen(archive, name.c_str(), 0)) != nullptr) {
    content.resize(stat.size);
    zip_int64_t read = zip_fread(file, content.data(), stat.size);
    zip_fclose(file);
    if (read != static_cast<zip_int64_t>(stat.size)) content.clear();
  }
  zip_close(archive);  // also frees the source
  zip_error_fini(&error);
  if (file == nullptr) return Status::NotFound("no entry " + name + " in the archive");
  return content;
}

std::vector<std::vector<std::string>> ParseCsv(const std::string& csv) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < csv.size(); ++i) {
    char c = csv[i];
    if (quoted) {
      if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(field);
      field.clear();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') ++i;
      rows.back().push_back(field);
      field.clear();
      rows.emplace_back();
    } else {
      field += c;
    }
  }
  if (!field.empty() || !rows.back().empty()) rows.back().push_back(field);
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

Result<std::string> LibreOfficeConvert(const std::string& input, const std::string& extension,
                                       const std::string& target) {
  TempDir dir;
  std::filesystem::path in = dir.path() / ("in." + extension);
  MOTCUA_RETURN_IF_ERROR(WriteFile(in, input));
  std::filesystem::path out = dir.path() / "out";
  std::string profile = "-env:UserInstallation=file://" + (dir.path() / "profile").string();
  MOTCUA_ASSIGN_OR_RETURN(
      ProcessResult result,
      RunProcess({"soffice", profile, "--headless", "--norestore", "--convert-to", target, "--outdir",
                  out.string(), in.string()},
                 kLibreOfficeTimeout, "libreoffice-writer-nogui / libreoffice-calc-nogui"));
  std::string target_extension = target.substr(0, target.find(':'));
  std::filesystem::path converted = out / ("in." + target_extension);
  Result<std::string> bytes = ReadFile(converted);
  if (!bytes.ok() || result.exit_code != 0) {
    return Status::Internal("soffice produced no " + target_extension + " (exit " +
                            std::to_string(result.exit_code) + "): " + result.out + result.err);
  }
  return bytes;
}

}  // namespace motcua::render::testing
