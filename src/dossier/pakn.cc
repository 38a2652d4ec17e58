#include "dossier/pakn.h"

#include <array>

#include "base/text.h"
#include "dossier/allowed_actions_message.h"

namespace motcua {
namespace {

using FS = FeedbackState;
using FA = FeedbackAction;

struct FeedbackTransition {
  FS from;
  FA action;
  FS to;
};

constexpr FeedbackTransition kFeedbackTable[] = {
    {FS::kReceived, FA::kClassify, FS::kClassified}, {FS::kClassified, FA::kClassify, FS::kClassified},
    {FS::kClassified, FA::kAssign, FS::kAssigned},   {FS::kAssigned, FA::kAssign, FS::kAssigned},
    {FS::kAssigned, FA::kAnswer, FS::kAnswered},     {FS::kAnswered, FA::kPublish, FS::kPublished},
    {FS::kReceived, FA::kDecline, FS::kDeclined},    {FS::kClassified, FA::kDecline, FS::kDeclined},
    {FS::kAnswered, FA::kRate, FS::kAnswered},       {FS::kPublished, FA::kRate, FS::kPublished},
};

constexpr std::array<std::string_view, 6> kStateIds = {"received", "classified", "assigned",
                                                       "answered", "published",  "declined"};
constexpr std::array<std::string_view, 6> kStateNames = {"Đã tiếp nhận", "Đã phân loại", "Đã giao xử lý",
                                                         "Đã trả lời",   "Đã công khai", "Không xử lý"};
constexpr std::array<std::string_view, 6> kActionIds = {"classify", "assign",  "answer",
                                                        "publish",  "decline", "rate"};
constexpr std::array<std::string_view, 6> kActionNames = {
    "Phân loại", "Giao xử lý", "Trả lời", "Công khai kết quả", "Từ chối xử lý", "Đánh giá mức độ hài lòng"};

Status Invalid(std::string_view key, std::string_view why, std::string_view why_vi) {
  std::string log = "feedback: '";
  log.append(key).append("' ").append(why);
  std::string user = "Phản ánh, kiến nghị không hợp lệ: trường '";
  user.append(key).append("' ").append(why_vi).append(".");
  return Status::InvalidArgument(std::move(log), std::move(user));
}

bool Blank(std::string_view s) { return TrimAscii(s).empty(); }

Status NotAllowed(FS from, FA action) {
  std::string log = "feedback action '";
  log.append(FeedbackActionId(action)).append("' is not allowed in state '").append(FeedbackStateId(from));
  log.append("'; allowed: ");
  std::string user = "Không thể thực hiện \"";
  user.append(FeedbackActionNameVi(action)).append("\" khi phản ánh, kiến nghị ở trạng thái \"");
  user.append(FeedbackStateNameVi(from)).append("\". ");
  dossier_internal::AppendAllowedActions(
      AllowedFeedbackActions(from), [](FA a) { return FeedbackActionId(a); },
      [](FA a) { return FeedbackActionNameVi(a); }, "Không còn thao tác nào được phép.", log, user);
  return Status::FailedPrecondition(std::move(log), std::move(user));
}

}  // namespace

Result<Feedback> OpenFeedback(const FeedbackIntake& in, const FeedbackPolicy& policy, const DueClock& clock) {
  if (Blank(in.id)) return Invalid("id", "is missing", "bị thiếu");
  if (Blank(in.citizen_name)) return Invalid("citizen_name", "is missing", "bị thiếu");
  if (Blank(in.content)) return Invalid("content", "is missing", "bị thiếu");
  MOTCUA_ASSIGN_OR_RETURN(const Instant due,
                          clock.ComputeDue(in.received_at, policy.answer_time, std::nullopt, {}));
  Feedback f;
  f.id = in.id;
  f.received_at = in.received_at;
  f.channel = in.channel;
  f.citizen_name = in.citizen_name;
  f.contact = in.contact;
  f.content = in.content;
  f.dossier_code = in.dossier_code;
  f.due = due;
  f.last_action_at = in.received_at;
  return f;
}

std::vector<FeedbackAction> AllowedFeedbackActions(FeedbackState state) {
  std::vector<FA> out;
  for (size_t i = 0; i < kActionIds.size(); ++i) {
    const auto action = static_cast<FA>(i);
    for (const FeedbackTransition& t : kFeedbackTable) {
      if (t.from == state && t.action == action) {
        out.push_back(action);
        break;
      }
    }
  }
  return out;
}

Result<Feedback> ApplyFeedbackStep(const Feedback& feedback, const FeedbackStep& step) {
  const FeedbackTransition* transition = nullptr;
  for (const FeedbackTransition& t : kFeedbackTable) {
    if (t.from == feedback.state && t.action == step.action) transition = &t;
  }
  if (transition == nullptr) return NotAllowed(feedback.state, step.action);
  if (step.at < feedback.last_action_at) {
    return Invalid("at", "is earlier than the previous step", "sớm hơn bước xử lý trước");
  }
  if (step.action != FA::kRate && Blank(step.by)) return Invalid("by", "is missing", "bị thiếu");
  Feedback f = feedback;
  switch (step.action) {
    case FA::kClassify:
      if (!step.topic) return Invalid("topic", "is missing", "bị thiếu");
      f.topic = step.topic;
      break;
    case FA::kAssign:
      if (Blank(step.to)) return Invalid("to", "is missing", "bị thiếu");
      f.assignee = step.to;
      break;
    case FA::kAnswer:
      if (Blank(step.text)) return Invalid("text", "is missing: the answer", "bị thiếu: nội dung trả lời");
      f.answer = step.text;
      f.answered_at = step.at;
      f.answered_by = step.by;
      break;
    case FA::kPublish:
      f.published_at = step.at;
      break;
    case FA::kDecline:
      if (Blank(step.text)) return Invalid("text", "is missing: the reason", "bị thiếu: lý do");
      f.decline_reason = step.text;
      f.declined_at = step.at;
      break;
    case FA::kRate:
      if (f.satisfaction) {
        return Status::FailedPrecondition(
            "feedback " + f.id + " was already rated",
            "Câu trả lời đã được đánh giá; mỗi phản ánh, kiến nghị chỉ được đánh giá "
            "một lần.");
      }
      if (!step.satisfaction) return Invalid("satisfaction", "is missing", "bị thiếu");
      f.satisfaction = step.satisfaction;
      break;
  }
  f.state = transition->to;
  f.last_action_at = step.at;
  return f;
}

bool AnsweredOnTime(const Feedback& feedback) {
  return feedback.answered_at && *feedback.answered_at <= feedback.due;
}

std::string_view FeedbackTopicId(FeedbackTopic topic) {
  switch (topic) {
    case FeedbackTopic::kRegulation:
      return "regulation";
    case FeedbackTopic::kStaff:
      return "staff";
    case FeedbackTopic::kHandling:
      return "handling";
    case FeedbackTopic::kOther:
      return "other";
  }
  return "other";
}

std::string_view FeedbackTopicNameVi(FeedbackTopic topic) {
  switch (topic) {
    case FeedbackTopic::kRegulation:
      return "Về quy định hành chính";
    case FeedbackTopic::kStaff:
      return "Về hành vi, thái độ của cán bộ, công chức";
    case FeedbackTopic::kHandling:
      return "Về việc giải quyết hồ sơ";
    case FeedbackTopic::kOther:
      return "Khác";
  }
  return "Khác";
}

Result<FeedbackTopic> ParseFeedbackTopicId(std::string_view id) {
  for (auto t :
       {FeedbackTopic::kRegulation, FeedbackTopic::kStaff, FeedbackTopic::kHandling, FeedbackTopic::kOther}) {
    if (FeedbackTopicId(t) == id) return t;
  }
  return Invalid("topic", "must be regulation, staff, handling or other",
                 "phải là regulation, staff, handling hoặc other");
}

std::string_view FeedbackChannelId(FeedbackChannel channel) {
  switch (channel) {
    case FeedbackChannel::kDirect:
      return "direct";
    case FeedbackChannel::kOnline:
      return "online";
    case FeedbackChannel::kPostal:
      return "postal";
    case FeedbackChannel::kPhone:
      return "phone";
  }
  return "direct";
}

Result<FeedbackChannel> ParseFeedbackChannelId(std::string_view id) {
  for (auto c : {FeedbackChannel::kDirect, FeedbackChannel::kOnline, FeedbackChannel::kPostal,
                 FeedbackChannel::kPhone}) {
    if (FeedbackChannelId(c) == id) return c;
  }
  return Invalid("channel", "must be direct, online, postal or phone",
                 "phải là direct, online, postal hoặc phone");
}

std::string_view FeedbackStateId(FeedbackState state) { return kStateIds[static_cast<size_t>(state)]; }
std::string_view FeedbackStateNameVi(FeedbackState state) { return kStateNames[static_cast<size_t>(state)]; }
std::string_view FeedbackActionId(FeedbackAction action) { return kActionIds[static_cast<size_t>(action)]; }
std::string_view FeedbackActionNameVi(FeedbackAction action) {
  return kActionNames[static_cast<size_t>(action)];
}

}  // namespace motcua
