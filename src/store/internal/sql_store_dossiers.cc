// SqlStore's dossier methods (store/store.h, "Dossiers"): each is one transaction over dossier_repository.

#include "dossier/dossier_code.h"
#include "store/internal/account_repository.h"
#include "store/internal/dossier_repository.h"
#include "store/internal/sql_store.h"

namespace motcua::store_internal {
namespace {

Status NoSuchDossier(std::string_view code) {
  return Status::NotFound("dossier '" + std::string(code) + "' does not exist",
                          "Không tìm thấy hồ sơ có mã '" + std::string(code) + "'.");
}

}  // namespace

Result<Dossier> SqlStore::CreateDossier(std::string_view unit_code, CivilDate day,
                                        const NewDossierBuilder& build) {
  Dossier created;
  const Status status =
      database_->InTransaction(TxMode::kReadWrite, [&](SqlConnection& connection) -> Status {
        MOTCUA_ASSIGN_OR_RETURN(const int number, TakeDossierNumber(connection, unit_code, day));
        MOTCUA_ASSIGN_OR_RETURN(const std::string code, FormatDossierCode(unit_code, day, number));
        MOTCUA_ASSIGN_OR_RETURN(DossierWrite write, build(code));
        if (write.dossier.code != code || write.dossier.unit != unit_code) {
          return Status::Internal("intake built dossier " + write.dossier.code + " for code " + code,
                                  "Lỗi nội bộ khi cấp mã hồ sơ.");
        }
        MOTCUA_RETURN_IF_ERROR(WriteDossier(connection, write, 0, /*is_new=*/true, Now()));
        created = std::move(write.dossier);
        return Status::Ok();
      });
  if (!status.ok()) return status;
  return created;
}

Result<Dossier> SqlStore::UpdateDossier(std::string_view code, const DossierUpdater& update) {
  Dossier updated;
  const Status status =
      database_->InTransaction(TxMode::kReadWrite, [&](SqlConnection& connection) -> Status {
        MOTCUA_ASSIGN_OR_RETURN(auto current, LockDossier(connection, code));
        if (!current) return NoSuchDossier(code);
        MOTCUA_ASSIGN_OR_RETURN(const std::vector<StoredEvent> history,
                                SelectDossierEvents(connection, code));
        if (static_cast<int>(history.size()) != current->event_count) {
          return Status::Internal("dossier " + std::string(code) + " row counts " +
                                      std::to_string(current->event_count) + " events, journal has " +
                                      std::to_string(history.size()),
                                  "Dữ liệu hồ sơ " + std::string(code) + " trong cơ sở dữ liệu bị hỏng.");
        }
        MOTCUA_ASSIGN_OR_RETURN(DossierWrite write, update(history));
        if (write.dossier.code != code) {
          return Status::Internal(
              "update of " + std::string(code) + " returned dossier " + write.dossier.code,
              "Lỗi nội bộ khi ghi hồ sơ.");
        }
        MOTCUA_RETURN_IF_ERROR(
            WriteDossier(connection, write, current->event_count, /*is_new=*/false, Now()));
        updated = std::move(write.dossier);
        return Status::Ok();
      });
  if (!status.ok()) return status;
  return updated;
}

Status SqlStore::ImportDossiers(std::span<const User> new_users, std::span<const DossierWrite> writes) {
  const Instant now = Now();
  return database_->InTransaction(TxMode::kReadWrite, [&](SqlConnection& connection) -> Status {
    for (const User& user : new_users) {
      MOTCUA_RETURN_IF_ERROR(InsertUser(connection, user).status());
    }
    for (const DossierWrite& write : writes) {
      MOTCUA_ASSIGN_OR_RETURN(const DossierCode parsed, ParseDossierCode(write.dossier.code));
      MOTCUA_RETURN_IF_ERROR(RaiseDossierNumber(connection, parsed.unit_id, parsed.date, parsed.sequence));
      MOTCUA_RETURN_IF_ERROR(WriteDossier(connection, write, 0, /*is_new=*/true, now));
    }
    return Status::Ok();
  });
}

Result<DossierSummary> SqlStore::GetDossierSummary(std::string_view code) {
  std::optional<DossierSummary> found;
  const Status status = database_->InTransaction(TxMode::kReadOnly, [&](SqlConnection& connection) -> Status {
    MOTCUA_ASSIGN_OR_RETURN(found, FindDossier(connection, code));
    return Status::Ok();
  });
  if (!status.ok()) return status;
  if (!found) return NoSuchDossier(code);
  return *std::move(found);
}

Result<std::vector<StoredEvent>> SqlStore::GetDossierHistory(std::string_view code) {
  std::vector<StoredEvent> events;
  const Status status = database_->InTransaction(TxMode::kReadOnly, [&](SqlConnection& connection) -> Status {
    MOTCUA_ASSIGN_OR_RETURN(events, SelectDossierEvents(connection, code));
    return Status::Ok();
  });
  if (!status.ok()) return status;
  if (events.empty()) return NoSuchDossier(code);
  return events;
}

Result<DossierPage> SqlStore::ListDossiers(const DossierFilter& filter) {
  DossierPage page;
  const Status status = database_->InTransaction(TxMode::kReadOnly, [&](SqlConnection& connection) -> Status {
    MOTCUA_ASSIGN_OR_RETURN(page, SelectDossiers(connection, filter));
    return Status::Ok();
  });
  if (!status.ok()) return status;
  return page;
}

Status SqlStore::AddFile(const FileRecord& file) {
  if (file.sha256.size() != 64 || file.sha256.find_first_not_of("0123456789abcdef") != std::string::npos) {
    return Status::InvalidArgument("file id is not a lowercase SHA-256", "Mã tệp không hợp lệ.");
  }
  return database_->InTransaction(TxMode::kReadWrite, [&](SqlConnection& connection) {
    return connection
        .Execute(
            "INSERT INTO files (sha256, size, media_type, file_name, uploaded_by, created_at) VALUES ($1, "
            "$2, "
            "$3, $4, $5, $6) ON CONFLICT (sha256) DO NOTHING",
            {file.sha256, file.size, file.media_type, file.file_name, file.uploaded_by,
             file.created_at.unix_seconds})
        .status();
  });
}

Result<FileRecord> SqlStore::GetFile(std::string_view sha256) {
  std::optional<FileRecord> found;
  const Status status = database_->InTransaction(TxMode::kReadOnly, [&](SqlConnection& connection) -> Status {
    found.reset();
    return connection.Query(
        "SELECT sha256, size, media_type, file_name, uploaded_by, created_at FROM files WHERE sha256 = $1",
        {std::string(sha256)}, [&](const SqlRow& row) -> Status {
          found = FileRecord{row.String(0), row.Int(1),    row.String(2),
                             row.String(3), row.String(4), Instant{row.Int(5)}};
          return Status::Ok();
        });
  });
  if (!status.ok()) return status;
  if (!found) {
    return Status::NotFound("file " + std::string(sha256) + " is not recorded",
                            "Không tìm thấy tệp đính kèm.");
  }
  return *std::move(found);
}

}  // namespace motcua::store_internal
