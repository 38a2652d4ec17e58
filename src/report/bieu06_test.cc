// Biểu 06 by field (report/bieu06.h) on journals replayed by the real engine and calendar: each cell is the
// indicator rule applied to the field's dossiers, with their codes; rows follow the catalogue; the total row
// is the sum of the rows and equals the figures of one collector over every dossier.
#include "report/bieu06.h"

#include <gtest/gtest.h>

#include <set>

#include "report/test_journal.h"

namespace motcua {
namespace {

using report_testing::Journal;
using report_testing::TestCatalog;
using C = Bieu06Column;

const ReportPeriod kFebruary = *MakeReportPeriod({2024, 2, 1}, {2024, 2, 29});

struct Fed {
  Journal journal;
  std::string field;  // as the store's dossier row gives it
};

// February 2024. Hộ tịch (1.004873, 3 working days), Chứng thực (2.000815, same day), a field code the
// catalogue does not know, and a dossier settled in January (no figure in February).
std::vector<Fed> FebruaryJournals() {
  std::vector<Fed> fed;
  Journal overdue("000.00.20.H31-240226-0001", "2024-02-26T09:00", "1.004873", "online");  // due 29/2
  fed.push_back({overdue, "HT"});
  Journal within("000.00.20.H31-240227-0001", "2024-02-27T09:00", "1.004873", "direct");  // due 1/3
  fed.push_back({within, "HT"});
  Journal carried_late("000.00.20.H31-240129-0001", "2024-01-29T09:00", "1.004873", "direct");  // due 1/2
  carried_late.ResultReady("2024-02-05T10:00");
  fed.push_back({carried_late, "HT"});
  Journal early("000.00.20.H31-240205-0001", "2024-02-05T09:00", "1.004873", "postal");  // due 8/2
  early.ResultReady("2024-02-06T10:00");
  fed.push_back({early, "HT"});
  Journal withdrawn("000.00.20.H31-240220-0001", "2024-02-20T09:00", "1.004873", "direct");
  withdrawn.Then("withdrawn", "2024-02-21T09:00", R"(,"reason":"Xin rút")");
  fed.push_back({withdrawn, "HT"});
  Journal same_day("000.00.20.H31-240201-0001", "2024-02-01T09:00", "2.000815", "direct");
  same_day.ResultReady("2024-02-01T14:00");
  fed.push_back({same_day, "CT"});
  Journal same_day_online("000.00.20.H31-240201-0002", "2024-02-01T09:30", "2.000815", "online");
  same_day_online.ResultReady("2024-02-01T15:00");
  fed.push_back({same_day_online, "CT"});
  Journal unknown_field("000.00.20.H31-240202-0001", "2024-02-02T09:00", "1.004873", "direct");  // due 7/2
  unknown_field.ResultReady("2024-02-05T10:00");
  fed.push_back({unknown_field, "ZZ"});
  Journal settled_in_january("000.00.20.H31-240110-0001", "2024-01-10T09:00", "2.000815", "direct");
  settled_in_january.ResultReady("2024-01-10T10:00");
  fed.push_back({settled_in_january, "NCN"});
  return fed;
}

Bieu06 Build(const std::vector<Fed>& fed) {
  Bieu06Builder builder(kFebruary);
  for (const Fed& f : fed) {
    if (auto dossier = f.journal.AsOf(kFebruary.end)) builder.AddDossier(*dossier, f.field);
  }
  return builder.Finish(TestCatalog().fields());
}

std::vector<int64_t> Values(const Bieu06Row& row) {
  std::vector<int64_t> values;
  for (const Bieu06Cell& cell : row.cells) values.push_back(cell.value);
  return values;
}

TEST(Bieu06Test, RowsPerFieldFollowTheIndicatorRules) {
  const Bieu06 form = Build(FebruaryJournals());
  ASSERT_EQ(form.rows.size(), 3u);
  // Catalogue order (Hộ tịch before Chứng thực), then the unknown code; the January field has no row.
  EXPECT_EQ(form.rows[0].field_code, "HT");
  EXPECT_EQ(form.rows[0].field_name, "Hộ tịch");
  EXPECT_EQ(form.rows[1].field_code, "CT");
  EXPECT_EQ(form.rows[1].field_name, "Chứng thực");
  EXPECT_EQ(form.rows[2].field_code, "ZZ");
  EXPECT_EQ(form.rows[2].field_name, "ZZ");
  //                            (3) (4) (5) (6) (7) (8) (9) (10) (11) (12) (13)
  EXPECT_EQ(Values(form.rows[0]), (std::vector<int64_t>{5, 1, 3, 1, 2, 1, 0, 1, 2, 1, 1}));
  EXPECT_EQ(Values(form.rows[1]), (std::vector<int64_t>{2, 1, 1, 0, 2, 0, 2, 0, 0, 0, 0}));
  EXPECT_EQ(Values(form.rows[2]), (std::vector<int64_t>{1, 0, 1, 0, 1, 1, 0, 0, 0, 0, 0}));
  EXPECT_EQ(Values(form.total), (std::vector<int64_t>{8, 2, 5, 1, 5, 2, 2, 1, 2, 1, 1}));
  EXPECT_EQ(form.total.field_name, "Tổng số");

  // Every cell keeps its dossiers.
  const Bieu06Row& ht = form.rows[0];
  EXPECT_EQ(ht.cell(C::kReceivedTotal).codes,
            (std::vector<std::string>{"000.00.20.H31-240129-0001", "000.00.20.H31-240205-0001",
                                      "000.00.20.H31-240220-0001", "000.00.20.H31-240226-0001",
                                      "000.00.20.H31-240227-0001"}));
  EXPECT_EQ(ht.cell(C::kReceivedDirectOrPostal).codes,
            (std::vector<std::string>{"000.00.20.H31-240205-0001", "000.00.20.H31-240220-0001",
                                      "000.00.20.H31-240227-0001"}));
  EXPECT_EQ(ht.cell(C::kCarriedOver).codes, std::vector<std::string>{"000.00.20.H31-240129-0001"});
  EXPECT_EQ(ht.cell(C::kResolvedLate).codes, std::vector<std::string>{"000.00.20.H31-240129-0001"});
  EXPECT_EQ(ht.cell(C::kResolvedEarly).codes, std::vector<std::string>{"000.00.20.H31-240205-0001"});
  EXPECT_EQ(ht.cell(C::kPendingOverdue).codes, std::vector<std::string>{"000.00.20.H31-240226-0001"});
  EXPECT_EQ(ht.cell(C::kPendingWithinDeadline).codes, std::vector<std::string>{"000.00.20.H31-240227-0001"});
  for (const Bieu06Row* row : {&form.rows[0], &form.rows[1], &form.rows[2], &form.total}) {
    for (const Bieu06Cell& cell : row->cells) EXPECT_EQ(cell.value, static_cast<int64_t>(cell.codes.size()));
    // The form's own sums: (3) = (4) + (5) + (6), (7) = (8) + (9) + (10), (11) = (12) + (13).
    EXPECT_EQ(row->value(C::kReceivedTotal), row->value(C::kReceivedOnline) +
                                                 row->value(C::kReceivedDirectOrPostal) +
                                                 row->value(C::kCarriedOver));
    EXPECT_EQ(row->value(C::kResolvedTotal),
              row->value(C::kResolvedEarly) + row->value(C::kResolvedOnTime) + row->value(C::kResolvedLate));
    EXPECT_EQ(row->value(C::kPendingTotal),
              row->value(C::kPendingWithinDeadline) + row->value(C::kPendingOverdue));
  }
}

TEST(Bieu06Test, TheTotalRowIsTheUnitsIndicators) {
  const std::vector<Fed> fed = FebruaryJournals();
  const Bieu06 form = Build(fed);
  IndicatorCollector all(kFebruary);
  for (const Fed& f : fed) {
    if (auto dossier = f.journal.AsOf(kFebruary.end)) all.AddDossier(*dossier);
  }
  const IndicatorSet unit = all.Finish();
  const Bieu06Row expected = Bieu06RowOf(unit);
  for (const Bieu06ColumnDefinition& column : Bieu06Columns()) {
    EXPECT_EQ(form.total.cell(column.column).codes, expected.cell(column.column).codes) << column.id;
  }
  EXPECT_EQ(form.total.value(C::kResolvedTotal), unit.Count("dossiers.resolved"));
  EXPECT_EQ(form.total.value(C::kCarriedOver), unit.Count("dossiers.carried_over"));
  EXPECT_EQ(form.total.value(C::kReceivedTotal),
            unit.Count("dossiers.received") + unit.Count("dossiers.carried_over"));
}

TEST(Bieu06Test, NoDossiersNoRows) {
  const Bieu06 form = Build({});
  EXPECT_TRUE(form.rows.empty());
  EXPECT_EQ(Values(form.total), std::vector<int64_t>(kBieu06Columns, 0));
}

TEST(Bieu06Test, ColumnsAreTheFormsAndNameRealIndicators) {
  std::set<std::string_view> ids;
  int number = 3;
  for (const Bieu06ColumnDefinition& column : Bieu06Columns()) {
    EXPECT_EQ(column.number, number++) << column.id;
    EXPECT_EQ(&Bieu06ColumnOf(column.column), &column);
    EXPECT_TRUE(ids.insert(column.id).second) << column.id;
    EXPECT_FALSE(column.indicators.empty()) << column.id;
    for (std::string_view id : column.indicators) {
      const IndicatorDefinition* definition = FindIndicator(id);
      ASSERT_NE(definition, nullptr) << id;
      EXPECT_EQ(definition->kind, IndicatorKind::kCount) << id;
    }
  }
  EXPECT_EQ(number, 14);
  EXPECT_EQ(Bieu06ColumnOf(C::kReceivedDirectOrPostal).title_vi, "Trực tiếp, dịch vụ bưu chính");
  EXPECT_EQ(Bieu06ColumnOf(C::kCarriedOver).title_vi, "Từ kỳ trước");
}

}  // namespace
}  // namespace motcua
