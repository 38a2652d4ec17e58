// The procedure catalogue (danh mục thủ tục hành chính): every version of every procedure a commune handles,
// with the fields (lĩnh vực) they belong to. Built once by the loader (catalog_loader.h) and immutable
// afterwards, so one const Catalog may be shared by any number of threads without locking.
// A procedure code may have several versions with non-overlapping effective ranges; a dossier uses the
// version in force on its receipt date (Find).
#pragma once

#include <string_view>
#include <vector>

#include "base/civil_time.h"
#include "base/result.h"
#include "catalog/procedure.h"

namespace motcua {

class Catalog {
 public:
  Catalog() = default;  // empty
  // Sorts `procedures` by code then effective_from. The loader has already checked that versions of one
  // code do not overlap and that each procedure's field is among `fields`.
  Catalog(std::vector<Field> fields, std::vector<Procedure> procedures);

  // Fields in definition order.
  const std::vector<Field>& fields() const { return fields_; }
  const Field* FindField(std::string_view code) const;
  // Every version of every procedure, sorted by code, then effective_from.
  const std::vector<Procedure>& procedures() const { return procedures_; }

  // The version of `code` in force on `on`, or nullptr.
  const Procedure* Find(std::string_view code, CivilDate on) const;
  // The version of `code` with the latest effective_from (in force or not), or nullptr.
  const Procedure* FindLatest(std::string_view code) const;
  // Every version of `code`, oldest first.
  std::vector<const Procedure*> Versions(std::string_view code) const;
  // Procedures in force on `on`, sorted by code; optionally only of `field_code`, and only those whose code
  // or name contains every word of `query` (accent- and case-insensitive: "dang ky khai sinh" finds
  // "Đăng ký khai sinh").
  std::vector<const Procedure*> List(CivilDate on, std::string_view field_code = {},
                                     std::string_view query = {}) const;

  // Number of distinct codes (a code with several versions counts once).
  size_t CodeCount() const;

 private:
  std::vector<Field> fields_;
  std::vector<Procedure> procedures_;
};

// Loads the catalogue compiled into the binary (every data/catalog/*.txt, see base/embedded_files.h).
// Errors name the file as "data/catalog/<name>.txt" and the line.
Result<Catalog> LoadEmbeddedCatalog();

}  // namespace motcua
