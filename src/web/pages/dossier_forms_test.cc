#include "web/pages/dossier_forms.h"

#include <gtest/gtest.h>

#include "auth/personal_data.h"

namespace motcua::web::pages {
namespace {

Instant At(CivilDate date, int hour, int minute = 0) { return FromLocal(date, hour * 3600 + minute * 60); }

Pause SupplementPause(Instant start, std::string by, std::vector<std::string> items,
                      std::optional<Instant> deadline = std::nullopt) {
  Pause pause;
  pause.kind = PauseKind::kSupplement;
  pause.start = start;
  pause.requested_by = std::move(by);
  pause.items = std::move(items);
  pause.deadline = deadline;
  return pause;
}

Resolution Resolved(ResolutionKind kind, Instant at, std::string by, std::string reason = "") {
  Resolution resolution;
  resolution.kind = kind;
  resolution.at = at;
  resolution.by = std::move(by);
  resolution.reason = std::move(reason);
  return resolution;
}

HandOver Handed(Instant at, std::string giver, std::string receiver) {
  HandOver hand_over;
  hand_over.at = at;
  hand_over.giver = std::move(giver);
  hand_over.receiver = std::move(receiver);
  return hand_over;
}

constexpr CivilDate kDay{2025, 10, 1};

Unit Commune() {
  Unit unit;
  unit.code = "000.00.20.H31";
  unit.name = "UBND xã Đồng Tiến";
  unit.parent_code = "000.00.00.H31";
  return unit;
}

Unit Province() {
  Unit unit;
  unit.code = "000.00.00.H31";
  unit.name = "UBND tỉnh Hưng Yên";
  return unit;
}

Procedure HtProcedure() {
  Procedure procedure;
  procedure.code = "1.004873";
  procedure.name = "Cấp Giấy xác nhận tình trạng hôn nhân";
  return procedure;
}

Dossier Received() {
  Dossier d;
  d.code = "000.00.20.H31-251001-0001";
  d.unit = "000.00.20.H31";
  d.procedure_code = "1.004873";
  d.processing_time = Duration{3, DurationUnit::kWorkingDays};
  d.applicant.name = "Nguyễn Văn An";
  d.applicant.id_number = "001090012345";
  d.applicant.address = "Thôn Đông";
  d.contact.phone = "0912345678";
  d.components = {{"Tờ khai", 1, 0, false, {}}, {"Giấy tờ tùy thân", 0, 1, false, {}}};
  d.state = DossierState::kReceived;
  d.received_at = At(kDay, 9);
  d.received_by = "tiepnhan";
  d.legal_due = At({2025, 10, 6}, 9);
  d.appointment = At({2025, 10, 6}, 9);
  return d;
}

struct Fixture {
  Unit commune = Commune();
  Unit province = Province();
  Procedure procedure = HtProcedure();
  Dossier dossier = Received();

  FormSource Source(bool personal = true) const {
    FormSource source;
    source.dossier = &dossier;
    source.procedure = &procedure;
    source.unit = &commune;
    source.parent = &province;
    source.names = {
        {"tiepnhan", "Nguyễn Thị Hồng"}, {"cv.ht", "Trần Văn Minh"}, {"lanhdao", "Hoàng Văn Sơn"}};
    source.show_personal_data = personal;
    source.lookup_url = "http://motcua.test/tra-cuu/" + dossier.code;
    return source;
  }
};

std::vector<std::string> Slugs(const Dossier& dossier) {
  std::vector<std::string> out;
  for (PrintForm form : ApplicableForms(dossier)) out.emplace_back(InfoOf(form).slug);
  return out;
}

TEST(DossierFormsTest, UpperCaseAndPlaceNamesKeepVietnamese) {
  EXPECT_EQ(UpperVi("UBND xã Đồng Tiến"), "UBND XÃ ĐỒNG TIẾN");
  EXPECT_EQ(UpperVi("phường Ngọc Hà, ấp ở"), "PHƯỜNG NGỌC HÀ, ẤP Ở");
  EXPECT_EQ(PlaceName("UBND xã Đồng Tiến"), "Đồng Tiến");
  EXPECT_EQ(PlaceName("Ủy ban nhân dân phường Ba Đình"), "Ba Đình");
  EXPECT_EQ(PlaceName("UBND thị trấn Như Quỳnh"), "Như Quỳnh");
  EXPECT_EQ(PlaceName("Đồng Tiến"), "Đồng Tiến");

  const forms::Issuer desk = DeskIssuer(Commune(), nullptr);
  EXPECT_EQ(desk.parent_lines, std::vector<std::string>{"UBND XÃ ĐỒNG TIẾN"});
  EXPECT_EQ(desk.unit_lines, (std::vector<std::string>{"BỘ PHẬN TIẾP NHẬN", "VÀ TRẢ KẾT QUẢ"}));
  EXPECT_EQ(desk.unit_name, "Bộ phận Tiếp nhận và Trả kết quả xã Đồng Tiến");
  EXPECT_EQ(desk.number_symbol, "BPTNTKQ");
  EXPECT_EQ(desk.place, "Đồng Tiến");
  const forms::Issuer centre = DeskIssuer(Province(), nullptr);
  EXPECT_EQ(centre.number_symbol, "TTPVHCC");
  EXPECT_EQ(centre.unit_name, "Trung tâm Phục vụ hành chính công tỉnh Hưng Yên");
  const Unit province = Province();
  const forms::Issuer unit = UnitIssuer(Commune(), &province);
  EXPECT_EQ(unit.parent_lines, std::vector<std::string>{"UBND TỈNH HƯNG YÊN"});
  EXPECT_EQ(unit.unit_lines, std::vector<std::string>{"UBND XÃ ĐỒNG TIẾN"});
}

TEST(DossierFormsTest, WhichFormsApplyFollowsTheDossier) {
  Dossier d = Received();
  EXPECT_EQ(Slugs(d), (std::vector<std::string>{"mau-01", "mau-05"}));

  Pause fees = SupplementPause(At(kDay, 10), "cv.ht", {});
  fees.kind = PauseKind::kFees;
  d.pauses.push_back(fees);
  EXPECT_EQ(Slugs(d), (std::vector<std::string>{"mau-01", "mau-05"}));  // fees are not Mẫu 02
  d.pauses.push_back(SupplementPause(At(kDay, 11), "cv.ht", {"Ảnh"}));
  d.apology = Apology{At(kDay, 12), "lanhdao", "Chờ xác minh", At({2025, 10, 6}, 9), At({2025, 10, 9}, 9)};
  d.resolution = Resolved(ResolutionKind::kRefused, At(kDay, 15), "cv.ht", "Không đủ điều kiện");
  EXPECT_EQ(Slugs(d), (std::vector<std::string>{"mau-01", "mau-02", "mau-03", "mau-04", "mau-05"}));

  // Asked to complete at the desk, never received: only Mẫu 02; then refused there: Mẫu 02 and 03.
  Dossier walk_in;
  walk_in.code = "000.00.20.H31-251001-0002";
  walk_in.state = DossierState::kCompletionRequested;
  walk_in.completion_requests.push_back({At(kDay, 9), "tiepnhan", {"Tờ khai có chữ ký"}});
  EXPECT_EQ(Slugs(walk_in), std::vector<std::string>{"mau-02"});
  walk_in.closure = Closure{ClosureKind::kRefusedAtDesk, At(kDay, 10), "tiepnhan", "Không thuộc thẩm quyền"};
  EXPECT_EQ(Slugs(walk_in), (std::vector<std::string>{"mau-02", "mau-03"}));
  walk_in.closure->kind = ClosureKind::kWithdrawn;
  EXPECT_EQ(Slugs(walk_in), std::vector<std::string>{"mau-02"});
}

TEST(DossierFormsTest, ReceiptCarriesTheDossierAndTheAppointmentGivenAtReceipt) {
  Fixture f;
  f.dossier.apology =
      Apology{At(kDay, 12), "lanhdao", "Chờ xác minh", At({2025, 10, 6}, 9), At({2025, 10, 9}, 9)};
  f.dossier.appointment = f.dossier.apology->new_appointment;
  Result<forms::ReceiptForm> form = ReceiptFormFor(f.Source());
  ASSERT_TRUE(form.ok()) << form.status().ToString();
  EXPECT_EQ(form->dossier_code, "000.00.20.H31-251001-0001");
  EXPECT_EQ(form->procedure_name, "Cấp Giấy xác nhận tình trạng hôn nhân (1.004873)");
  EXPECT_EQ(form->applicant.name, "Nguyễn Văn An");
  EXPECT_EQ(form->applicant.id_number, "001090012345");
  EXPECT_EQ(form->applicant.phone, "0912345678");
  ASSERT_EQ(form->components.size(), 2u);
  EXPECT_EQ(form->components[1].name, "Giấy tờ tùy thân");
  EXPECT_EQ(form->components[1].copies, 1);
  EXPECT_EQ(form->processing_time, "3 ngày làm việc");
  EXPECT_EQ(form->received_at, At(kDay, 9));
  EXPECT_EQ(form->appointment_at, At({2025, 10, 6}, 9));  // not the apology's new date
  EXPECT_EQ(form->receiver_name, "Nguyễn Thị Hồng");
  EXPECT_EQ(form->lookup_url, "http://motcua.test/tra-cuu/000.00.20.H31-251001-0001");
  EXPECT_EQ(form->issuer.number_symbol, "BPTNTKQ");

  // A viewer without the personal-data right gets the numbers masked, as on the dossier page.
  Result<forms::ReceiptForm> masked = ReceiptFormFor(f.Source(false));
  ASSERT_TRUE(masked.ok());
  EXPECT_EQ(masked->applicant.id_number, "*********345");
  EXPECT_EQ(masked->applicant.phone, "*******678");
  EXPECT_EQ(masked->applicant.name, "Nguyễn Văn An");
}

TEST(DossierFormsTest, AFormThatDoesNotApplyIsNotFoundWithAVietnameseReason) {
  Fixture f;
  for (PrintForm form : {PrintForm::kSupplementRequest, PrintForm::kRefusal, PrintForm::kApology}) {
    const Result<std::string> pdf = RenderPrintForm(form, f.Source());
    ASSERT_FALSE(pdf.ok()) << InfoOf(form).slug;
    EXPECT_EQ(pdf.status().code(), StatusCode::kNotFound);
    EXPECT_NE(pdf.status().user_message().find(std::string(InfoOf(form).number)), std::string::npos);
    EXPECT_NE(pdf.status().user_message().find("000.00.20.H31-251001-0001"), std::string::npos);
  }
  f.dossier.received_at.reset();
  const Result<forms::ReceiptForm> receipt = ReceiptFormFor(f.Source());
  ASSERT_FALSE(receipt.ok());
  EXPECT_NE(receipt.status().user_message().find("chưa được tiếp nhận"), std::string::npos);
}

TEST(DossierFormsTest, SupplementRequestIsTheLatestRequest) {
  Fixture f;
  f.dossier.completion_requests.push_back({At(kDay, 8), "tiepnhan", {"Tờ khai có chữ ký"}});
  Result<forms::SupplementRequestForm> first = SupplementRequestFormFor(f.Source());
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->items, std::vector<std::string>{"Tờ khai có chữ ký"});
  EXPECT_EQ(first->guide_name, "Nguyễn Thị Hồng");
  EXPECT_FALSE(first->supplement_by.has_value());

  f.dossier.pauses.push_back(SupplementPause(At({2025, 10, 2}, 10), "cv.ht",
                                             {"Bản sao giấy khai sinh", "Ảnh 4x6"}, At({2025, 10, 10}, 17)));
  Result<forms::SupplementRequestForm> later = SupplementRequestFormFor(f.Source());
  ASSERT_TRUE(later.ok());
  EXPECT_EQ(later->items, (std::vector<std::string>{"Bản sao giấy khai sinh", "Ảnh 4x6"}));
  EXPECT_EQ(later->issued_on, (CivilDate{2025, 10, 2}));
  EXPECT_EQ(later->supplement_by, (CivilDate{2025, 10, 10}));
  EXPECT_EQ(later->guide_name, "Trần Văn Minh");
  EXPECT_EQ(later->dossier_code, f.dossier.code);
}

TEST(DossierFormsTest, RefusalListsEachReasonLine) {
  Fixture f;
  f.dossier.resolution =
      Resolved(ResolutionKind::kRefused, At({2025, 10, 3}, 14), "cv.ht",
               "Người yêu cầu đã có đăng ký kết hôn\r\n\n  Hồ sơ không thuộc thẩm quyền  ");
  Result<forms::RefusalForm> form = RefusalFormFor(f.Source());
  ASSERT_TRUE(form.ok());
  EXPECT_EQ(form->reasons, (std::vector<std::string>{"Người yêu cầu đã có đăng ký kết hôn",
                                                     "Hồ sơ không thuộc thẩm quyền"}));
  EXPECT_EQ(form->issued_on, (CivilDate{2025, 10, 3}));
  EXPECT_EQ(form->receiver_name, "Trần Văn Minh");
}

TEST(DossierFormsTest, ApologyIsIssuedByTheUnitAndSignedByItsLeader) {
  Fixture f;
  f.dossier.apology = Apology{At({2025, 10, 3}, 8), "lanhdao", "Chờ xác minh tại nơi cư trú trước",
                              At({2025, 10, 6}, 9), At({2025, 10, 9}, 9)};
  Result<forms::ApologyForm> form = ApologyFormFor(f.Source());
  ASSERT_TRUE(form.ok());
  EXPECT_EQ(form->issuer.unit_lines, std::vector<std::string>{"UBND XÃ ĐỒNG TIẾN"});
  EXPECT_EQ(form->signer_title, "CHỦ TỊCH");
  EXPECT_EQ(form->signer_name, "Hoàng Văn Sơn");
  EXPECT_EQ(form->received_on, kDay);
  EXPECT_EQ(form->original_appointment, At({2025, 10, 6}, 9));
  EXPECT_EQ(form->new_appointment, At({2025, 10, 9}, 9));
  EXPECT_EQ(form->reason, "Chờ xác minh tại nơi cư trú trước");
}

TEST(DossierFormsTest, ControlSlipNamesUnitsAndPeopleAndJudgesEachStep) {
  Fixture f;
  HandOver assigned = Handed(At(kDay, 10), "tiepnhan", "cv.ht");
  assigned.from_unit = "000.00.20.H31";
  assigned.to_unit = "000.00.20.H31";
  assigned.step_due = At({2025, 10, 3}, 9);
  assigned.completed_at = At({2025, 10, 3}, 16);
  assigned.note = "Hồ sơ gấp";
  f.dossier.hand_overs.push_back(assigned);
  HandOver onward = Handed(At({2025, 10, 3}, 16), "cv.ht", "ai.do");
  onward.from_unit = "000.00.20.H31";
  onward.to_unit = "000.00.99.H31";
  f.dossier.hand_overs.push_back(onward);
  FormSource source = f.Source();
  source.unit_names = {{"000.00.99.H31", "Công an xã Đồng Tiến"}};
  Result<forms::ControlSlipForm> form = ControlSlipFormFor(source);
  ASSERT_TRUE(form.ok());
  ASSERT_EQ(form->handovers.size(), 2u);
  EXPECT_EQ(form->handovers[0].from_unit, "UBND xã Đồng Tiến");
  EXPECT_EQ(form->handovers[0].giver_name, "Nguyễn Thị Hồng");
  EXPECT_EQ(form->handovers[0].receiver_name, "Trần Văn Minh");
  EXPECT_EQ(form->handovers[0].outcome, forms::StepOutcome::kOnTime);  // same date as the step's deadline
  EXPECT_EQ(form->handovers[0].note, "Hồ sơ gấp");
  EXPECT_EQ(form->handovers[1].to_unit, "Công an xã Đồng Tiến");
  EXPECT_EQ(form->handovers[1].receiver_name, "ai.do");                     // unknown user: the username
  EXPECT_EQ(form->handovers[1].outcome, forms::StepOutcome::kNotAssessed);  // still open
  EXPECT_EQ(form->lead_unit, "UBND xã Đồng Tiến");
}

TEST(DossierFormsTest, LedgerRowHasTheDatesOfEachStage) {
  Fixture f;
  f.dossier.hand_overs.push_back(Handed(At(kDay, 10), "tiepnhan", "cv.ht"));
  f.dossier.hand_overs.push_back(Handed(At({2025, 10, 2}, 10), "cv.ht", "lanhdao"));
  f.dossier.resolution = Resolved(ResolutionKind::kResult, At({2025, 10, 3}, 15), "vanthu");
  ReturnInfo returned;
  returned.at = At({2025, 10, 6}, 8);
  returned.by = "tiepnhan";
  returned.recipient = "Nguyễn Văn Bình";
  f.dossier.returned = returned;
  forms::LedgerRow row = LedgerRowFor(f.Source());
  EXPECT_EQ(row.dossier_code, f.dossier.code);
  EXPECT_EQ(row.procedure_name, "Cấp Giấy xác nhận tình trạng hôn nhân");
  EXPECT_EQ(row.address_and_phone, "Thôn Đông; ĐT: 0912345678");
  EXPECT_EQ(row.lead_unit, "UBND xã Đồng Tiến");
  EXPECT_EQ(row.forwarded_at, At(kDay, 10));  // the first hand-over
  EXPECT_EQ(row.result_received_at, At({2025, 10, 3}, 15));
  EXPECT_EQ(row.returned_at, At({2025, 10, 6}, 8));
  EXPECT_EQ(row.recipient, "Nguyễn Văn Bình");
  EXPECT_EQ(row.note, "");
  EXPECT_EQ(LedgerRowFor(f.Source(false)).address_and_phone,
            MaskIdentifier("Thôn Đông") + "; ĐT: " + MaskIdentifier("0912345678"));
}

}  // namespace
}  // namespace motcua::web::pages
