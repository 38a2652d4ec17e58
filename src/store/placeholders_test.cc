#include "store/internal/placeholders.h"

#include <gtest/gtest.h>

namespace motcua::store_internal {
namespace {

TEST(PlaceholdersTest, SqliteGetsNumberedQuestionMarks) {
  auto out = TranslatePlaceholders("SELECT a FROM t WHERE b = $1 AND c = $2 OR d = $1", Backend::kSqlite);
  ASSERT_TRUE(out.ok()) << out.status().ToString();
  EXPECT_EQ(out->sql, "SELECT a FROM t WHERE b = ?1 AND c = ?2 OR d = ?1");
  EXPECT_EQ(out->parameters, 2);
}

TEST(PlaceholdersTest, PostgresKeepsDollars) {
  auto out = TranslatePlaceholders("UPDATE t SET a = $12 WHERE b = $3", Backend::kPostgres);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(out->sql, "UPDATE t SET a = $12 WHERE b = $3");
  EXPECT_EQ(out->parameters, 12);
}

TEST(PlaceholdersTest, LiteralsIdentifiersAndCommentsAreLeftAlone) {
  const std::string sql =
      "SELECT '$1', 'it''s $2', \"col$3\" -- $4 here\n, $1 /* $5 */ FROM t WHERE x LIKE '%$%' ESCAPE '!'";
  auto out = TranslatePlaceholders(sql, Backend::kSqlite);
  ASSERT_TRUE(out.ok()) << out.status().ToString();
  EXPECT_EQ(
      out->sql,
      "SELECT '$1', 'it''s $2', \"col$3\" -- $4 here\n, ?1 /* $5 */ FROM t WHERE x LIKE '%$%' ESCAPE '!'");
  EXPECT_EQ(out->parameters, 1);
}

TEST(PlaceholdersTest, NoPlaceholders) {
  auto out = TranslatePlaceholders("SELECT 1", Backend::kSqlite);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(out->parameters, 0);
  EXPECT_EQ(out->sql, "SELECT 1");
}

TEST(PlaceholdersTest, MalformedSqlIsAnInternalError) {
  for (const char* sql : {"SELECT $0", "SELECT $1000", "SELECT 'open", "SELECT /* open", "SELECT \"open"}) {
    auto out = TranslatePlaceholders(sql, Backend::kSqlite);
    ASSERT_FALSE(out.ok()) << sql;
    EXPECT_EQ(out.status().code(), StatusCode::kInternal) << sql;
  }
}

}  // namespace
}  // namespace motcua::store_internal
