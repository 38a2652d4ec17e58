// Test support for forms/: the sample values the tests render, reading a PDF back, and saving a PNG of each
// form to $MOTCUA_FORMS_ARTIFACTS (when set) for a person to look at.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "base/civil_time.h"
#include "forms/form_common.h"
#include "render/testing/document_tools.h"
#include "render/testing/subprocess.h"

namespace motcua::forms::testing {

inline Issuer SampleIssuer() {
  return Issuer{.parent_lines = {"UBND XÃ ĐỒNG TIẾN"},
                .unit_lines = {"BỘ PHẬN TIẾP NHẬN", "VÀ TRẢ KẾT QUẢ"},
                .unit_name = "Bộ phận Tiếp nhận và Trả kết quả xã Đồng Tiến",
                .number_symbol = "BPTNTKQ",
                .place = "Đồng Tiến"};
}

inline Applicant SampleApplicant() {
  return Applicant{.name = "Nguyễn Thị Hương",
                   .id_number = "033190001234",
                   .address = "Thôn Đông Khê, xã Đồng Tiến, tỉnh Hưng Yên",
                   .phone = "0912 345 678",
                   .email = "huong.nguyen@example.vn"};
}

inline Instant At(const char* iso) { return *ParseIsoInstant(iso); }

// pdftotext in reading order with runs of whitespace collapsed to one space.
inline std::string FlatText(const std::string& pdf) {
  Result<std::string> text = render::testing::PdfToText(pdf, false);
  EXPECT_TRUE(text.ok()) << text.status().ToString();
  std::string out;
  for (char c : text.ok() ? *text : std::string()) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  return out;
}

inline void ExpectContains(const std::string& text, const std::string& expected) {
  EXPECT_NE(text.find(expected), std::string::npos) << "missing: " << expected << "\nin: " << text;
}

inline void SaveArtifact(const std::string& pdf, const std::string& name) {
  const char* dir = std::getenv("MOTCUA_FORMS_ARTIFACTS");
  if (dir == nullptr || *dir == '\0') return;
  std::filesystem::create_directories(dir);
  Result<std::string> png = render::testing::PdfPageToPng(pdf, 1, 110);
  ASSERT_TRUE(png.ok()) << png.status().ToString();
  ASSERT_TRUE(render::testing::WriteFile(std::filesystem::path(dir) / (name + ".png"), *png).ok());
  ASSERT_TRUE(render::testing::WriteFile(std::filesystem::path(dir) / (name + ".pdf"), pdf).ok());
}

}  // namespace motcua::forms::testing
