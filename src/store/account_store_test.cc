// The Store's account methods (users, sessions, API tokens), run against SQLite and PostgreSQL alike
// (see test_backend.h), and the repository functions the dossier import calls inside its own transaction.
#include <gtest/gtest.h>

#include "auth/token.h"
#include "store/internal/account_repository.h"
#include "store/store.h"
#include "store/test_backend.h"

namespace motcua::store_internal {
namespace {

constexpr char kCommune[] = "000.00.20.H31";
constexpr char kOtherCommune[] = "000.00.21.H31";
// The store checks only that a hash has Argon2's encoded shape; no hashing is needed here.
constexpr char kHashA[] = "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo";
constexpr char kHashB[] = "$argon2id$v=19$m=8,t=1,p=1$b3RoZXJzYWx0$b3RoZXJoYXNo";

Instant At(int64_t seconds) { return Instant{1'760'000'000 + seconds}; }

Unit MakeUnit(std::string code, std::string name) {
  Unit unit;
  unit.code = std::move(code);
  unit.name = std::move(name);
  unit.effective_from = CivilDate{2025, 7, 1};
  return unit;
}

User MakeUser(std::string username, std::vector<Role> roles = {Role::kDesk},
              std::vector<std::string> fields = {}, std::string unit = kCommune) {
  User user;
  user.username = std::move(username);
  user.display_name = "Nguyễn Văn A";
  user.unit_code = std::move(unit);
  user.roles = std::move(roles);
  user.fields = std::move(fields);
  user.password_hash = kHashA;
  user.created_at = At(0);
  user.updated_at = At(0);
  return user;
}

SessionRecord MakeSession(std::string_view token, int64_t user_id, Instant created, Instant seen) {
  return SessionRecord{HashToken(token), user_id, created, seen};
}

ApiTokenRow MakeToken(std::string key_id, int64_t user_id, Instant created,
                      std::optional<Instant> expires = std::nullopt) {
  ApiTokenRow token;
  token.key_id = std::move(key_id);
  token.token_hash = HashToken("mc_" + token.key_id + "_secret");
  token.user_id = user_id;
  token.name = "Cổng DVC tỉnh";
  token.created_at = created;
  token.expires_at = expires;
  return token;
}

std::vector<std::string> Usernames(const std::vector<User>& users) {
  std::vector<std::string> names;
  for (const User& user : users) names.push_back(user.username);
  return names;
}

class AccountStoreTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (HasFatalFailure()) return;
    store_ = OpenTestStore();
    ASSERT_NE(store_, nullptr);
    ASSERT_TRUE(store_->AddUnit(MakeUnit(kCommune, "UBND xã Đồng Tiến")).ok());
    ASSERT_TRUE(store_->AddUnit(MakeUnit(kOtherCommune, "UBND xã Bình Minh")).ok());
  }

  int64_t Add(const User& user) {
    Result<int64_t> id = store_->AddUser(user);
    EXPECT_TRUE(id.ok()) << id.status().ToString();
    return id.ok() ? *id : 0;
  }

  bool HasSession(std::string_view token) { return store_->GetSession(HashToken(token)).ok(); }

  std::unique_ptr<Store> store_;
};

TEST_P(AccountStoreTest, AddUserStoresTheCanonicalFormAndReadsBack) {
  User user =
      MakeUser("  NguyenVanA ", {Role::kSpecialist, Role::kDesk, Role::kSpecialist}, {"HT", "CT", "HT"});
  user.display_name = "  Nguye\xcc\x82\xcc\x83n   Va\xcc\x86n A ";  // decomposed, extra spaces
  user.id = 999;                                                    // ignored
  const int64_t id = Add(user);
  ASSERT_GT(id, 0);

  Result<User> stored = store_->GetUser("nguyenvana");
  ASSERT_TRUE(stored.ok()) << stored.status().ToString();
  EXPECT_EQ(stored->id, id);
  EXPECT_EQ(stored->username, "nguyenvana");
  EXPECT_EQ(stored->display_name, "Nguyễn Văn A");
  EXPECT_EQ(stored->unit_code, kCommune);
  EXPECT_EQ(stored->roles, (std::vector<Role>{Role::kDesk, Role::kSpecialist}));
  EXPECT_EQ(stored->fields, (std::vector<std::string>{"CT", "HT"}));
  EXPECT_EQ(stored->password_hash, kHashA);
  EXPECT_FALSE(stored->disabled);
  EXPECT_EQ(stored->created_at, At(0));
  EXPECT_EQ(stored->updated_at, At(0));

  // Lookups normalise the name as login does; by id gives the same record.
  Result<User> upper = store_->GetUser(" NGUYENVANA");
  ASSERT_TRUE(upper.ok());
  EXPECT_EQ(*upper, *stored);
  Result<User> by_id = store_->GetUserById(id);
  ASSERT_TRUE(by_id.ok());
  EXPECT_EQ(*by_id, *stored);

  // An imported actor: no password, disabled, no fields.
  User actor = MakeUser("import.cb01", {Role::kClerk});
  actor.password_hash = "";
  actor.disabled = true;
  const int64_t actor_id = Add(actor);
  Result<User> stored_actor = store_->GetUserById(actor_id);
  ASSERT_TRUE(stored_actor.ok());
  EXPECT_EQ(stored_actor->password_hash, "");
  EXPECT_TRUE(stored_actor->disabled);
  EXPECT_TRUE(stored_actor->fields.empty());
  EXPECT_NE(actor_id, id);
}

TEST_P(AccountStoreTest, AddUserRefusesBadInputAndChangesNothing) {
  Add(MakeUser("nguyenvana"));

  Result<int64_t> duplicate = store_->AddUser(MakeUser("NguyenVanA", {Role::kLeader}, {}, kOtherCommune));
  EXPECT_EQ(duplicate.status().code(), StatusCode::kAlreadyExists);
  EXPECT_EQ(duplicate.status().user_message(), "Tên đăng nhập 'nguyenvana' đã có người dùng.");

  Result<int64_t> no_unit = store_->AddUser(MakeUser("tranthib", {Role::kDesk}, {}, "000.00.99.H31"));
  EXPECT_EQ(no_unit.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(no_unit.status().user_message(), "Không tìm thấy đơn vị có mã '000.00.99.H31'.");

  EXPECT_EQ(store_->AddUser(MakeUser("ab")).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->AddUser(MakeUser("tran thi b")).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->AddUser(MakeUser("trần")).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->AddUser(MakeUser("tranthib", {})).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->AddUser(MakeUser("tranthib", {Role::kSpecialist}, {"HT,CT"})).status().code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->AddUser(MakeUser("tranthib", {Role::kSpecialist}, {""})).status().code(),
            StatusCode::kInvalidArgument);
  User no_name = MakeUser("tranthib");
  no_name.display_name = "   ";
  EXPECT_EQ(store_->AddUser(no_name).status().code(), StatusCode::kInvalidArgument);
  User clear_password = MakeUser("tranthib");
  clear_password.password_hash = "MatKhauRatDai2025";
  Result<int64_t> clear = store_->AddUser(clear_password);
  EXPECT_EQ(clear.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(clear.status().message().find("MatKhau"), std::string::npos);  // never logged

  Result<std::vector<User>> users = store_->ListUsers({});
  ASSERT_TRUE(users.ok());
  EXPECT_EQ(Usernames(*users), std::vector<std::string>{"nguyenvana"});
}

TEST_P(AccountStoreTest, MissingUsersAreNotFound) {
  EXPECT_EQ(store_->GetUser("khongco").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(store_->GetUser("x").status().code(), StatusCode::kNotFound);  // malformed: cannot exist
  EXPECT_EQ(store_->GetUserById(12345).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(store_->SetUserPassword("khongco", kHashB, At(1)).code(), StatusCode::kNotFound);
  EXPECT_EQ(store_->SetUserDisabled("khongco", true, At(1)).code(), StatusCode::kNotFound);
  EXPECT_EQ(store_->SetUserRoles("khongco", {Role::kDesk}, {}, At(1)).code(), StatusCode::kNotFound);
  EXPECT_EQ(store_->ListApiTokens(12345).status().code(), StatusCode::kNotFound);
  Result<User> missing = store_->GetUser("khongco");
  EXPECT_EQ(missing.status().user_message(), "Không tìm thấy người dùng 'khongco'.");
}

TEST_P(AccountStoreTest, ListUsersFiltersByUnitAndStatus) {
  Add(MakeUser("van.thu", {Role::kClerk}));
  Add(MakeUser("chu.tich", {Role::kLeader}));
  Add(MakeUser("tiep.nhan", {Role::kDesk}, {}, kOtherCommune));
  Add(MakeUser("cv_hotich", {Role::kSpecialist}, {"HT"}));
  ASSERT_TRUE(store_->SetUserDisabled("van.thu", true, At(5)).ok());

  Result<std::vector<User>> all = store_->ListUsers({});
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(Usernames(*all), (std::vector<std::string>{"chu.tich", "cv_hotich", "tiep.nhan", "van.thu"}));

  UserFilter commune;
  commune.unit_code = kCommune;
  Result<std::vector<User>> in_commune = store_->ListUsers(commune);
  ASSERT_TRUE(in_commune.ok());
  EXPECT_EQ(Usernames(*in_commune), (std::vector<std::string>{"chu.tich", "cv_hotich", "van.thu"}));

  commune.include_disabled = false;
  Result<std::vector<User>> enabled = store_->ListUsers(commune);
  ASSERT_TRUE(enabled.ok());
  EXPECT_EQ(Usernames(*enabled), (std::vector<std::string>{"chu.tich", "cv_hotich"}));

  UserFilter unknown;
  unknown.unit_code = "000.00.99.H31";
  EXPECT_EQ(store_->ListUsers(unknown).status().code(), StatusCode::kNotFound);
}

TEST_P(AccountStoreTest, AccountChangesEndOnlyThatUsersSessions) {
  const int64_t a = Add(MakeUser("nguyenvana", {Role::kSpecialist}, {"HT"}));
  const int64_t b = Add(MakeUser("tranthib"));
  auto sign_in = [&](int round) {
    ASSERT_TRUE(store_->CreateSession(MakeSession("a1-" + std::to_string(round), a, At(10), At(10))).ok());
    ASSERT_TRUE(store_->CreateSession(MakeSession("a2-" + std::to_string(round), a, At(10), At(10))).ok());
    ASSERT_TRUE(store_->CreateSession(MakeSession("b-" + std::to_string(round), b, At(10), At(10))).ok());
  };

  sign_in(1);
  ASSERT_TRUE(store_->SetUserPassword("NguyenVanA", kHashB, At(20)).ok());
  EXPECT_FALSE(HasSession("a1-1"));
  EXPECT_FALSE(HasSession("a2-1"));
  EXPECT_TRUE(HasSession("b-1"));
  Result<User> after_password = store_->GetUser("nguyenvana");
  ASSERT_TRUE(after_password.ok());
  EXPECT_EQ(after_password->password_hash, kHashB);
  EXPECT_EQ(after_password->updated_at, At(20));
  EXPECT_EQ(after_password->created_at, At(0));

  sign_in(2);
  ASSERT_TRUE(
      store_->SetUserRoles("nguyenvana", {Role::kLeader, Role::kSpecialist}, {"DD", "CT", "DD"}, At(30))
          .ok());
  EXPECT_FALSE(HasSession("a1-2"));
  EXPECT_TRUE(HasSession("b-2"));
  Result<User> after_roles = store_->GetUser("nguyenvana");
  ASSERT_TRUE(after_roles.ok());
  EXPECT_EQ(after_roles->roles, (std::vector<Role>{Role::kSpecialist, Role::kLeader}));
  EXPECT_EQ(after_roles->fields, (std::vector<std::string>{"CT", "DD"}));
  EXPECT_EQ(after_roles->updated_at, At(30));

  sign_in(3);
  ASSERT_TRUE(store_->SetUserDisabled("nguyenvana", true, At(40)).ok());
  EXPECT_FALSE(HasSession("a1-3"));
  EXPECT_TRUE(HasSession("b-3"));
  Result<User> disabled = store_->GetUser("nguyenvana");
  ASSERT_TRUE(disabled.ok());
  EXPECT_TRUE(disabled->disabled);
  EXPECT_EQ(disabled->updated_at, At(40));
  // A disabled account cannot get a new session (a login racing with "disable" leaves none behind).
  Status refused = store_->CreateSession(MakeSession("a1-4", a, At(41), At(41)));
  EXPECT_EQ(refused.code(), StatusCode::kFailedPrecondition);
  ASSERT_TRUE(store_->SetUserDisabled("nguyenvana", false, At(50)).ok());
  EXPECT_FALSE(store_->GetUser("nguyenvana")->disabled);
  EXPECT_TRUE(store_->CreateSession(MakeSession("a1-5", a, At(51), At(51))).ok());
}

TEST_P(AccountStoreTest, RefusedAccountChangesKeepTheSessions) {
  const int64_t a = Add(MakeUser("nguyenvana"));
  ASSERT_TRUE(store_->CreateSession(MakeSession("a", a, At(10), At(10))).ok());
  EXPECT_EQ(store_->SetUserRoles("nguyenvana", {}, {}, At(20)).code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->SetUserRoles("nguyenvana", {Role::kSpecialist}, {"h t"}, At(20)).code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->SetUserPassword("nguyenvana", "", At(20)).code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->SetUserPassword("nguyenvana", "plain-text-password", At(20)).code(),
            StatusCode::kInvalidArgument);
  EXPECT_TRUE(HasSession("a"));
  Result<User> user = store_->GetUser("nguyenvana");
  ASSERT_TRUE(user.ok());
  EXPECT_EQ(user->roles, std::vector<Role>{Role::kDesk});
  EXPECT_EQ(user->password_hash, kHashA);
  EXPECT_EQ(user->updated_at, At(0));
}

TEST_P(AccountStoreTest, SessionLifecycle) {
  const int64_t a = Add(MakeUser("nguyenvana"));
  const SessionRecord session = MakeSession("token-1", a, At(100), At(100));
  ASSERT_TRUE(store_->CreateSession(session).ok());
  Result<SessionRecord> read = store_->GetSession(session.token_hash);
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  EXPECT_EQ(*read, session);

  EXPECT_EQ(store_->CreateSession(session).code(), StatusCode::kAlreadyExists);
  EXPECT_EQ(store_->CreateSession(MakeSession("token-2", 12345, At(100), At(100))).code(),
            StatusCode::kNotFound);
  SessionRecord malformed = MakeSession("token-3", a, At(100), At(100));
  malformed.token_hash = "not-a-hash";
  EXPECT_EQ(store_->CreateSession(malformed).code(), StatusCode::kInvalidArgument);

  // Touch moves last_seen_at forward, never back (requests may finish out of order).
  ASSERT_TRUE(store_->TouchSession(session.token_hash, At(160)).ok());
  ASSERT_TRUE(store_->TouchSession(session.token_hash, At(130)).ok());
  EXPECT_EQ(store_->GetSession(session.token_hash)->last_seen_at, At(160));
  EXPECT_EQ(store_->GetSession(session.token_hash)->created_at, At(100));
  EXPECT_EQ(store_->TouchSession(HashToken("unknown"), At(170)).code(), StatusCode::kNotFound);

  ASSERT_TRUE(store_->DeleteSession(session.token_hash).ok());
  Result<SessionRecord> gone = store_->GetSession(session.token_hash);
  EXPECT_EQ(gone.status().code(), StatusCode::kNotFound);
  EXPECT_TRUE(store_->DeleteSession(session.token_hash).ok());  // already absent: fine
}

TEST_P(AccountStoreTest, PurgeSessionsDeletesIdleAndTooOldOnes) {
  const int64_t a = Add(MakeUser("nguyenvana"));
  const int64_t b = Add(MakeUser("tranthib"));
  ASSERT_TRUE(store_->CreateSession(MakeSession("fresh", a, At(1000), At(1900))).ok());
  ASSERT_TRUE(store_->CreateSession(MakeSession("idle", a, At(1000), At(1100))).ok());
  ASSERT_TRUE(store_->CreateSession(MakeSession("old-but-active", b, At(100), At(1950))).ok());
  ASSERT_TRUE(store_->CreateSession(MakeSession("boundary", b, At(500), At(1200))).ok());

  // Idle before 1200 or created before 500; a session exactly at either bound stays.
  Result<int64_t> purged = store_->PurgeSessions(At(1200), At(500));
  ASSERT_TRUE(purged.ok()) << purged.status().ToString();
  EXPECT_EQ(*purged, 2);
  EXPECT_TRUE(HasSession("fresh"));
  EXPECT_FALSE(HasSession("idle"));
  EXPECT_FALSE(HasSession("old-but-active"));
  EXPECT_TRUE(HasSession("boundary"));

  Result<int64_t> again = store_->PurgeSessions(At(1200), At(500));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, 0);
  Result<int64_t> everything = store_->PurgeSessions(At(5000), At(0));
  ASSERT_TRUE(everything.ok());
  EXPECT_EQ(*everything, 2);
}

TEST_P(AccountStoreTest, ApiTokensAddListRevoke) {
  const int64_t a = Add(MakeUser("ketnoi.dvc", {Role::kAdmin}));
  const int64_t b = Add(MakeUser("tranthib"));
  const ApiTokenRow first = MakeToken("k3v9q0z2ab", a, At(10), At(86400));
  ApiTokenRow second = MakeToken("0aaaaaaaaa", a, At(20));
  second.name = "  Bảng điều khiển tỉnh ";
  ASSERT_TRUE(store_->AddApiToken(first).ok());
  ASSERT_TRUE(store_->AddApiToken(second).ok());
  ASSERT_TRUE(store_->AddApiToken(MakeToken("bbbbbbbbbb", b, At(5))).ok());

  Result<ApiTokenRow> read = store_->GetApiToken("k3v9q0z2ab");
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  EXPECT_EQ(*read, first);

  Result<std::vector<ApiTokenRow>> listed = store_->ListApiTokens(a);
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[0].key_id, "k3v9q0z2ab");  // by creation time
  EXPECT_EQ((*listed)[1].key_id, "0aaaaaaaaa");
  EXPECT_EQ((*listed)[1].name, "Bảng điều khiển tỉnh");
  EXPECT_FALSE((*listed)[1].expires_at.has_value());
  EXPECT_FALSE((*listed)[1].revoked_at.has_value());

  // Revocation keeps its first time.
  ASSERT_TRUE(store_->RevokeApiToken("k3v9q0z2ab", At(100)).ok());
  ASSERT_TRUE(store_->RevokeApiToken("k3v9q0z2ab", At(200)).ok());
  EXPECT_EQ(store_->GetApiToken("k3v9q0z2ab")->revoked_at, std::optional<Instant>(At(100)));
  EXPECT_FALSE(store_->GetApiToken("0aaaaaaaaa")->revoked_at.has_value());
  EXPECT_EQ(store_->RevokeApiToken("zzzzzzzzzz", At(100)).code(), StatusCode::kNotFound);
  EXPECT_EQ(store_->GetApiToken("zzzzzzzzzz").status().code(), StatusCode::kNotFound);
}

TEST_P(AccountStoreTest, AddApiTokenRefusesBadInput) {
  const int64_t a = Add(MakeUser("ketnoi.dvc", {Role::kAdmin}));
  ASSERT_TRUE(store_->AddApiToken(MakeToken("k3v9q0z2ab", a, At(10))).ok());
  EXPECT_EQ(store_->AddApiToken(MakeToken("k3v9q0z2ab", a, At(11))).code(), StatusCode::kAlreadyExists);
  EXPECT_EQ(store_->AddApiToken(MakeToken("aaaaaaaaaa", 12345, At(11))).code(), StatusCode::kNotFound);
  EXPECT_EQ(store_->AddApiToken(MakeToken("TOOSHORT", a, At(11))).code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->AddApiToken(MakeToken("aaaaaaaaaa", a, At(11), At(11))).code(),
            StatusCode::kInvalidArgument);  // expires when created
  ApiTokenRow no_name = MakeToken("aaaaaaaaaa", a, At(11));
  no_name.name = " ";
  EXPECT_EQ(store_->AddApiToken(no_name).code(), StatusCode::kInvalidArgument);
  ApiTokenRow bad_hash = MakeToken("aaaaaaaaaa", a, At(11));
  bad_hash.token_hash = "mc_aaaaaaaaaa_secret-in-clear";
  EXPECT_EQ(store_->AddApiToken(bad_hash).code(), StatusCode::kInvalidArgument);
  Result<std::vector<ApiTokenRow>> listed = store_->ListApiTokens(a);
  ASSERT_TRUE(listed.ok());
  EXPECT_EQ(listed->size(), 1u);
}

TEST_P(AccountStoreTest, DisablingAUserRevokesItsTokensForGood) {
  const int64_t a = Add(MakeUser("ketnoi.dvc", {Role::kAdmin}));
  const int64_t b = Add(MakeUser("tranthib"));
  ASSERT_TRUE(store_->AddApiToken(MakeToken("aaaaaaaaaa", a, At(10))).ok());
  ASSERT_TRUE(store_->AddApiToken(MakeToken("cccccccccc", a, At(11))).ok());
  ASSERT_TRUE(store_->AddApiToken(MakeToken("bbbbbbbbbb", b, At(12))).ok());
  ASSERT_TRUE(store_->RevokeApiToken("cccccccccc", At(15)).ok());

  ASSERT_TRUE(store_->SetUserDisabled("ketnoi.dvc", true, At(20)).ok());
  EXPECT_EQ(store_->GetApiToken("aaaaaaaaaa")->revoked_at, std::optional<Instant>(At(20)));
  EXPECT_EQ(store_->GetApiToken("cccccccccc")->revoked_at, std::optional<Instant>(At(15)));
  EXPECT_FALSE(store_->GetApiToken("bbbbbbbbbb")->revoked_at.has_value());

  ASSERT_TRUE(store_->SetUserDisabled("ketnoi.dvc", false, At(30)).ok());
  EXPECT_EQ(store_->GetApiToken("aaaaaaaaaa")->revoked_at, std::optional<Instant>(At(20)));
}

// The storage contract other code (reports, a later migration) may rely on: roles as comma-separated
// RoleName() in kAllRoles order, fields sorted, booleans as the backend's boolean, instants as seconds.
TEST_P(AccountStoreTest, RowsUseTheDocumentedEncoding) {
  Add(MakeUser("NguyenVanA", {Role::kAdmin, Role::kSpecialist, Role::kDesk}, {"HT", "CT"}));
  std::unique_ptr<SqlDatabase> database = OpenTestDatabase();
  ASSERT_NE(database, nullptr);
  std::string roles, fields, username;
  bool disabled = true;
  int64_t created = 0;
  ASSERT_TRUE(database
                  ->InTransaction(TxMode::kReadOnly,
                                  [&](SqlConnection& c) {
                                    return c.Query(
                                        "SELECT username, roles, fields, disabled, created_at FROM users", {},
                                        [&](const SqlRow& row) {
                                          username = row.String(0);
                                          roles = row.String(1);
                                          fields = row.String(2);
                                          disabled = row.Bool(3);
                                          created = row.Int(4);
                                          return Status::Ok();
                                        });
                                  })
                  .ok());
  EXPECT_EQ(username, "nguyenvana");
  EXPECT_EQ(roles, "tiep_nhan,chuyen_vien,quan_tri");
  EXPECT_EQ(fields, "CT,HT");
  EXPECT_FALSE(disabled);
  EXPECT_EQ(created, At(0).unix_seconds);
  // The schema itself refuses an uppercase username, so uniqueness stays case-insensitive whatever the code.
  Status raw = database->InTransaction(TxMode::kReadWrite, [&](SqlConnection& c) {
    return c
        .Execute(
            "INSERT INTO users (username, display_name, unit_code, roles, created_at, updated_at) "
            "VALUES ('Upper', 'X', $1, 'tiep_nhan', 0, 0)",
            {kCommune})
        .status();
  });
  EXPECT_EQ(raw.code(), StatusCode::kInvalidArgument);
}

// The dossier import creates users inside its own transaction: they commit or roll back with it.
TEST_P(AccountStoreTest, RepositoryInsertJoinsTheCallersTransaction) {
  std::unique_ptr<SqlDatabase> database = OpenTestDatabase();
  ASSERT_NE(database, nullptr);
  int64_t inside_id = 0;
  Status failed = database->InTransaction(TxMode::kReadWrite, [&](SqlConnection& c) -> Status {
    MOTCUA_ASSIGN_OR_RETURN(inside_id, InsertUser(c, MakeUser("import.a")));
    MOTCUA_ASSIGN_OR_RETURN(std::optional<User> seen, FindUserByName(c, "IMPORT.A"));
    if (!seen || seen->id != inside_id) return Status::Internal("not visible inside the transaction");
    return Status::InvalidArgument("a later dossier of the import is bad");
  });
  EXPECT_EQ(failed.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->GetUser("import.a").status().code(), StatusCode::kNotFound);

  Status ok = database->InTransaction(TxMode::kReadWrite, [&](SqlConnection& c) -> Status {
    MOTCUA_RETURN_IF_ERROR(InsertUser(c, MakeUser("import.a")).status());
    return InsertUser(c, MakeUser("import.b", {Role::kLeader})).status();
  });
  ASSERT_TRUE(ok.ok()) << ok.ToString();
  Result<std::vector<User>> users = store_->ListUsers({});
  ASSERT_TRUE(users.ok());
  EXPECT_EQ(Usernames(*users), (std::vector<std::string>{"import.a", "import.b"}));
}

MOTCUA_INSTANTIATE_BACKENDS(AccountStoreTest);

}  // namespace
}  // namespace motcua::store_internal
