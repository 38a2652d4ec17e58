// Parses and validates the catalogue's text files (format: docs/catalog.md) into a Catalog. Every problem is
// reported with its file and line, in English for logs ("ho-tich.txt:42: unknown key 'foo'") and in
// Vietnamese for users ("ho-tich.txt, dòng 42: ..."); all errors are collected (up to kMaxCatalogErrors),
// not only the first. Text is validated as UTF-8 and normalised to NFC. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "catalog/catalog.h"

namespace motcua {

// One input file: `name` is how errors refer to it (e.g. "data/catalog/ho-tich.txt"); `content` must stay
// alive during LoadCatalog.
struct CatalogFile {
  std::string name;
  std::string_view content;
};

// One validation problem.
struct CatalogError {
  std::string file;
  int line = 0;            // 1-based; 0 when the problem concerns the file or the catalogue as a whole
  std::string message;     // English, without the "file:line: " prefix
  std::string message_vi;  // Vietnamese, without the location prefix

  // "ho-tich.txt:42: unknown key 'foo'".
  std::string ToString() const;
  // "ho-tich.txt, dòng 42: khóa 'foo' không được hỗ trợ".
  std::string ToStringVi() const;
};

// Errors beyond this many are counted but not listed.
inline constexpr size_t kMaxCatalogErrors = 100;

// Parses and validates `files` together (fields may be defined in one file and used in another). On failure
// returns InvalidArgument whose log message lists every error as "file:line: message", one per line, and
// whose user message lists them in Vietnamese. When `errors` is given it receives the errors as values
// (empty on success).
Result<Catalog> LoadCatalog(const std::vector<CatalogFile>& files,
                            std::vector<CatalogError>* errors = nullptr);

// The internal process used when a procedure lists no `step` (no provincial decision on it is known):
// desk 10 / specialist 60 / leader 20 / clerk 5 / desk 5 (see docs/catalog.md for why).
const std::vector<ProcessStep>& DefaultProcessSteps();

// True for a well-formed national procedure code "N.NNNNNN" (e.g. "1.001193").
bool IsValidProcedureCode(std::string_view code);

}  // namespace motcua
