// The dossier tables on both backends: the journal refuses updates and deletes, and the per-unit per-day
// sequence gives numbers in order and respects imported codes. (The engine's intake, actions and import
// over these tables are tested in src/service/dossier_service_test.cc, also on both backends.)
#include <gtest/gtest.h>

#include "store/internal/dossier_repository.h"
#include "store/test_backend.h"

namespace motcua::store_internal {
namespace {

class DossierStoreTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (HasFatalFailure()) return;
    store_ = OpenTestStore();
    ASSERT_TRUE(store_);
    Unit unit;
    unit.code = "000.00.20.H31";
    unit.name = "UBND xã Đồng Tiến";
    unit.effective_from = CivilDate{2020, 1, 1};
    ASSERT_TRUE(store_->AddUnit(unit).ok());
    database_ = OpenTestDatabase();
  }

  Status InWrite(const std::function<Status(SqlConnection&)>& body) {
    return database_->InTransaction(TxMode::kReadWrite, body);
  }

  std::unique_ptr<Store> store_;
  std::unique_ptr<SqlDatabase> database_;
};

TEST_P(DossierStoreTest, JournalIsAppendOnly) {
  ASSERT_TRUE(
      InWrite([](SqlConnection& c) -> Status {
        MOTCUA_RETURN_IF_ERROR(
            c.Execute("INSERT INTO dossiers (code, unit_code, procedure_code, field_code, case_index, "
                      "channel, state, status_code, applicant_name, applicant_id_number, search_key, "
                      "assignee, external_code, paused, apologised, resolution, closure, evaluation, "
                      "event_count, last_event_at) VALUES ('000.00.20.H31-261005-0001', "
                      "'000.00.20.H31', '1.004873', 'HT', 0, 'direct', 'received', 2, 'A', '', 'a', '', "
                      "'', $1, $1, '', '', '', 1, 0)",
                      {false})
                .status());
        return c
            .Execute(
                "INSERT INTO dossier_events (dossier_code, seq, kind, at, actor, body, recorded_at) "
                "VALUES ('000.00.20.H31-261005-0001', 1, 'received', 0, 'a', '{}', 0)")
            .status();
      }).ok());
  const Status update =
      InWrite([](SqlConnection& c) { return c.Execute("UPDATE dossier_events SET actor = 'b'").status(); });
  EXPECT_FALSE(update.ok());
  const Status remove =
      InWrite([](SqlConnection& c) { return c.Execute("DELETE FROM dossier_events").status(); });
  EXPECT_FALSE(remove.ok());
  auto count = store_->GetDossierSummary("000.00.20.H31-261005-0001");
  ASSERT_TRUE(count.ok()) << count.status().ToString();
  EXPECT_EQ(count->event_count, 1);
}

TEST_P(DossierStoreTest, SequenceCountsPerUnitAndDayAndRespectsImportedNumbers) {
  const CivilDate day{2026, 10, 5};
  std::vector<int> numbers;
  for (int i = 0; i < 3; ++i) {
    ASSERT_TRUE(InWrite([&](SqlConnection& c) -> Status {
                  MOTCUA_ASSIGN_OR_RETURN(int n, TakeDossierNumber(c, "000.00.20.H31", day));
                  numbers.push_back(n);
                  return Status::Ok();
                }).ok());
  }
  EXPECT_EQ(numbers, (std::vector<int>{1, 2, 3}));
  // An imported 0007 moves the next number to 8; an imported 0002 does not move it back.
  ASSERT_TRUE(InWrite([&](SqlConnection& c) { return RaiseDossierNumber(c, "000.00.20.H31", day, 7); }).ok());
  ASSERT_TRUE(InWrite([&](SqlConnection& c) { return RaiseDossierNumber(c, "000.00.20.H31", day, 2); }).ok());
  int next = 0;
  ASSERT_TRUE(InWrite([&](SqlConnection& c) -> Status {
                MOTCUA_ASSIGN_OR_RETURN(next, TakeDossierNumber(c, "000.00.20.H31", day));
                return Status::Ok();
              }).ok());
  EXPECT_EQ(next, 8);
  // Another day starts again at 1; an unknown unit is NotFound; a rolled-back take leaves no gap.
  Status rolled_back = InWrite([&](SqlConnection& c) -> Status {
    MOTCUA_RETURN_IF_ERROR(TakeDossierNumber(c, "000.00.20.H31", CivilDate{2026, 10, 6}).status());
    return Status::InvalidArgument("abort");
  });
  EXPECT_FALSE(rolled_back.ok());
  ASSERT_TRUE(InWrite([&](SqlConnection& c) -> Status {
                MOTCUA_ASSIGN_OR_RETURN(next, TakeDossierNumber(c, "000.00.20.H31", CivilDate{2026, 10, 6}));
                return Status::Ok();
              }).ok());
  EXPECT_EQ(next, 1);
  const Status unknown =
      InWrite([&](SqlConnection& c) { return TakeDossierNumber(c, "000.00.99.H31", day).status(); });
  EXPECT_EQ(unknown.code(), StatusCode::kNotFound);
  // Number 9999 is the last of a day.
  ASSERT_TRUE(
      InWrite([&](SqlConnection& c) { return RaiseDossierNumber(c, "000.00.20.H31", day, 9999); }).ok());
  const Status exhausted =
      InWrite([&](SqlConnection& c) { return TakeDossierNumber(c, "000.00.20.H31", day).status(); });
  EXPECT_EQ(exhausted.code(), StatusCode::kResourceExhausted);
}

TEST_P(DossierStoreTest, FilesAreRecordedOnceBySha256) {
  const std::string sha(64, 'a');
  FileRecord file{sha, 1234, "application/pdf", "Tờ khai.pdf", "letan", Instant{1'800'000'000}};
  ASSERT_TRUE(store_->AddFile(file).ok());
  FileRecord again = file;
  again.file_name = "khac.pdf";
  ASSERT_TRUE(store_->AddFile(again).ok());  // same bytes uploaded again: the first record stays
  auto read = store_->GetFile(sha);
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  EXPECT_EQ(*read, file);
  EXPECT_EQ(store_->GetFile(std::string(64, 'b')).status().code(), StatusCode::kNotFound);
  file.sha256 = "../../etc/passwd";
  EXPECT_EQ(store_->AddFile(file).code(), StatusCode::kInvalidArgument);
}

MOTCUA_INSTANTIATE_BACKENDS(DossierStoreTest);

}  // namespace
}  // namespace motcua::store_internal
