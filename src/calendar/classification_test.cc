#include "calendar/classification.h"

#include <gtest/gtest.h>

#include "calendar/testing.h"

namespace motcua {
namespace {

using calendar_testing::At;

TEST(ClassificationTest, ResolutionComparesLocalDates) {
  const Instant due = At("2024-02-19T09:00");
  EXPECT_EQ(ClassifyResolution(At("2024-02-16T16:59"), due), Timeliness::kEarly);
  EXPECT_EQ(ClassifyResolution(At("2024-02-19T00:00"), due), Timeliness::kOnTime);
  EXPECT_EQ(ClassifyResolution(At("2024-02-19T16:00"), due),
            Timeliness::kOnTime);  // same date, after the hour
  EXPECT_EQ(ClassifyResolution(At("2024-02-19T23:59:59"), due), Timeliness::kOnTime);
  EXPECT_EQ(ClassifyResolution(At("2024-02-20T00:00"), due), Timeliness::kLate);
  // Local (UTC+7) dates, not UTC: 2024-02-19T18:00Z is already 20/2 in Vietnam.
  EXPECT_EQ(ClassifyResolution(At("2024-02-19T18:00:00Z"), due), Timeliness::kLate);
  EXPECT_STREQ(TimelinessVi(Timeliness::kEarly), "Trước hạn");
  EXPECT_STREQ(TimelinessVi(Timeliness::kOnTime), "Đúng hạn");
  EXPECT_STREQ(TimelinessVi(Timeliness::kLate), "Quá hạn");
}

TEST(ClassificationTest, OpenDossierAgainstReportPeriodEnd) {
  const Instant due = At("2024-03-29T17:00");
  EXPECT_EQ(ClassifyOpen(due, At("2024-03-29T16:00")), OpenStatus::kWithinDeadline);
  EXPECT_EQ(ClassifyOpen(due, At("2024-03-29T23:59:59")), OpenStatus::kWithinDeadline);
  // A report period ending 24:00 on 29/3 is the instant 00:00 of 30/3: a dossier due on the 29th and still
  // open then is overdue.
  EXPECT_EQ(EndOfReportDay({2024, 3, 29}), At("2024-03-30T00:00"));
  EXPECT_EQ(ClassifyOpen(due, EndOfReportDay({2024, 3, 29})), OpenStatus::kOverdue);
  EXPECT_EQ(ClassifyOpen(due, EndOfReportDay({2024, 3, 28})), OpenStatus::kWithinDeadline);
  // Paused: no due time, within the deadline.
  EXPECT_EQ(ClassifyOpen(std::nullopt, At("2030-01-01T00:00")), OpenStatus::kWithinDeadline);
  EXPECT_STREQ(OpenStatusVi(OpenStatus::kOverdue), "Quá hạn");
  EXPECT_STREQ(OpenStatusVi(OpenStatus::kWithinDeadline), "Trong hạn");
}

TEST(ClassificationTest, ConsistentWithResolvingAtThatInstant) {
  // Overdue at t iff resolving at t would be late.
  const Instant due = At("2025-05-05T11:30");
  for (int64_t s = -3 * 86400; s <= 3 * 86400; s += 1800) {
    const Instant t{due.unix_seconds + s};
    EXPECT_EQ(ClassifyOpen(due, t) == OpenStatus::kOverdue, ClassifyResolution(t, due) == Timeliness::kLate);
  }
}

}  // namespace
}  // namespace motcua
