// SqlStore's feedback methods (store/store.h, "Citizen feedback"): each is one transaction over
// feedback_repository.

#include "dossier/feedback_code.h"
#include "store/internal/feedback_repository.h"
#include "store/internal/sql_store.h"

namespace motcua::store_internal {
namespace {

Status NoSuchFeedback(std::string_view code) {
  return Status::NotFound("feedback '" + std::string(code) + "' does not exist",
                          "Không tìm thấy phản ánh, kiến nghị có mã '" + std::string(code) + "'.");
}

}  // namespace

Result<Feedback> SqlStore::CreateFeedback(std::string_view unit_code, CivilDate day,
                                          const NewFeedbackBuilder& build) {
  Feedback created;
  const Status status =
      database_->InTransaction(TxMode::kReadWrite, [&](SqlConnection& connection) -> Status {
        MOTCUA_ASSIGN_OR_RETURN(const int number, TakeFeedbackNumber(connection, unit_code, day));
        MOTCUA_ASSIGN_OR_RETURN(const std::string code, FormatFeedbackCode(unit_code, day, number));
        MOTCUA_ASSIGN_OR_RETURN(NewFeedback feedback, build(code));
        if (feedback.feedback.id != code) {
          return Status::Internal("intake built feedback " + feedback.feedback.id + " for code " + code,
                                  "Lỗi nội bộ khi cấp mã phản ánh, kiến nghị.");
        }
        MOTCUA_RETURN_IF_ERROR(InsertFeedback(connection, feedback, unit_code));
        created = std::move(feedback.feedback);
        return Status::Ok();
      });
  if (!status.ok()) return status;
  return created;
}

Result<Feedback> SqlStore::UpdateFeedback(std::string_view code, const FeedbackUpdater& update) {
  Feedback updated;
  const Status status =
      database_->InTransaction(TxMode::kReadWrite, [&](SqlConnection& connection) -> Status {
        MOTCUA_ASSIGN_OR_RETURN(auto current, LockFeedbackSummary(connection, code));
        if (!current) return NoSuchFeedback(code);
        MOTCUA_ASSIGN_OR_RETURN(auto record, SelectFeedbackRecord(connection, code));
        if (!record || static_cast<int>(record->steps.size()) != current->step_count) {
          return Status::Internal(
              "feedback " + std::string(code) + " row counts " + std::to_string(current->step_count) +
                  " steps, journal disagrees",
              "Dữ liệu phản ánh, kiến nghị " + std::string(code) + " trong cơ sở dữ liệu bị hỏng.");
        }
        MOTCUA_ASSIGN_OR_RETURN(FeedbackWrite write, update(*record));
        MOTCUA_RETURN_IF_ERROR(AppendFeedbackSteps(connection, *record, write, Now()));
        updated = std::move(write.feedback);
        return Status::Ok();
      });
  if (!status.ok()) return status;
  return updated;
}

Result<FeedbackRecord> SqlStore::GetFeedback(std::string_view code) {
  std::optional<FeedbackRecord> found;
  const Status status = database_->InTransaction(TxMode::kReadOnly, [&](SqlConnection& connection) -> Status {
    MOTCUA_ASSIGN_OR_RETURN(found, SelectFeedbackRecord(connection, code));
    return Status::Ok();
  });
  if (!status.ok()) return status;
  if (!found) return NoSuchFeedback(code);
  return *std::move(found);
}

Result<FeedbackSummary> SqlStore::GetFeedbackSummary(std::string_view code) {
  std::optional<FeedbackSummary> found;
  const Status status = database_->InTransaction(TxMode::kReadOnly, [&](SqlConnection& connection) -> Status {
    MOTCUA_ASSIGN_OR_RETURN(found, FindFeedbackSummary(connection, code));
    return Status::Ok();
  });
  if (!status.ok()) return status;
  if (!found) return NoSuchFeedback(code);
  return *std::move(found);
}

Result<FeedbackPage> SqlStore::ListFeedback(const FeedbackFilter& filter) {
  FeedbackPage page;
  const Status status = database_->InTransaction(TxMode::kReadOnly, [&](SqlConnection& connection) -> Status {
    MOTCUA_ASSIGN_OR_RETURN(page, SelectFeedback(connection, filter));
    return Status::Ok();
  });
  if (!status.ok()) return status;
  return page;
}

}  // namespace motcua::store_internal
