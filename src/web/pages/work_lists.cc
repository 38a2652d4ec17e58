#include "web/pages/work_lists.h"

#include <algorithm>

namespace motcua::web::pages {

using S = DossierState;

const std::vector<WorkList>& WorkLists() {
  static const std::vector<WorkList> lists = {
      {"cua-toi", "Của tôi"},
      {"hom-nay", "Hạn đến hết hôm nay"},
      {"hai-ngay", "Hạn trong 2 ngày làm việc"},
      {"qua-han", "Quá hạn"},
      {"cho-nguoi-nop", "Chờ người nộp bổ sung"},
      {"cho-tra", "Chờ trả kết quả"},
      {"tat-ca", "Tất cả"},
  };
  return lists;
}

const WorkList* FindWorkList(std::string_view key) {
  for (const WorkList& list : WorkLists()) {
    if (list.key == key) return &list;
  }
  return nullptr;
}

const std::vector<DossierState>& RunningStates() {
  static const std::vector<DossierState> states = {S::kReceived, S::kInProgress, S::kApproved, S::kSigned,
                                                   S::kNumbered};
  return states;
}

const std::vector<DossierState>& OpenStates() {
  static const std::vector<DossierState> states = [] {
    std::vector<DossierState> out = RunningStates();
    out.push_back(S::kSupplementRequested);
    out.push_back(S::kFeesRequested);
    return out;
  }();
  return states;
}

Result<DossierFilter> WorkListFilter(std::string_view key, std::string_view username, Instant now,
                                     const DueClock& clock) {
  DossierFilter filter;
  if (key == "cua-toi") {
    filter.assignee = std::string(username);
    filter.states = OpenStates();
  } else if (key == "hom-nay") {
    filter.states = RunningStates();
    filter.due_before = FromLocal(AddDays(LocalDate(now), 1), 0);
  } else if (key == "hai-ngay") {
    filter.states = RunningStates();
    MOTCUA_ASSIGN_OR_RETURN(filter.due_before, clock.AddWorkingTime(now, 2 * 8 * 3600, {}));
  } else if (key == "qua-han") {
    filter.overdue_at = now;
  } else if (key == "cho-nguoi-nop") {
    filter.states = {S::kSupplementRequested, S::kFeesRequested, S::kCompletionRequested};
  } else if (key == "cho-tra") {
    filter.states = {S::kResolved};
  } else if (key != "tat-ca") {
    return Status::InvalidArgument("unknown work list '" + std::string(key.substr(0, 40)) + "'",
                                   "Không có danh sách hồ sơ này.");
  }
  return filter;
}

bool NarrowToState(DossierFilter& filter, DossierState state) {
  if (!filter.states.empty() &&
      std::find(filter.states.begin(), filter.states.end(), state) == filter.states.end()) {
    return false;
  }
  filter.states = {state};
  return true;
}

}  // namespace motcua::web::pages
