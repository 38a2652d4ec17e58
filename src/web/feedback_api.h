// The citizen feedback (PAKN) API over FeedbackService (service/feedback_service.h), which decides access,
// the lifecycle and the due time; this file reads requests, calls it and writes JSON. docs/feedback.md
// describes the bodies and answers in full.
//
// Public (no sign-in):
//   POST /api/v1/public/feedback {"unit","citizen_name","contact":{"phone","email"},"content",
//        "dossier_code"} -> 201 {"code","secret","received_at","due","lookup"}. The secret is shown once; it
//        is needed to rate the answer. At most `public_submissions_per_hour` per client address (429 +
//        Retry-After beyond), so one machine cannot use up a unit's 9999 codes of the day.
//   GET  /api/v1/public/feedback/{code}          state, topic, received_at, due, overdue, answered_at,
//        published_at, declined_at, rated; the answer only once published. Nothing personal (no name,
//        contact, content or decline reason).
//   POST /api/v1/public/feedback/{code}/rating   {"secret","satisfaction"} -> 200 the public view.
// Officers (web/auth_context.h; POSTs by session need X-CSRF-Token):
//   POST /api/v1/feedback                        intake at the desk (a letter, a call): the public body
//        without "unit" (the officer's) plus "channel" (direct|online|postal|phone, default direct)
//        -> 201 {"code","secret","feedback":<officer view>}
//   GET  /api/v1/feedback                        ?state=received,assigned &topic=staff &assignee=u
//        &dossier=<dossier code> &channel= &received_from= &received_to= (YYYY-MM-DD or ISO instants)
//        &overdue=true &q=text &sort=received_desc|received_asc|due_asc|code &limit=1..500 &offset=
//        -> {"items","total","limit","offset"}
//   GET  /api/v1/feedback/{code}                 the officer view: everything, "allowed_actions", "steps"
//   POST /api/v1/feedback/{code}/actions/{action} classify {"topic"} | assign {"to"} | answer {"text"} |
//        publish {} | decline {"text"} -> 200 the officer view; 409 when the lifecycle does not allow it.
// Handlers are thread-safe (the submission limiter is locked).
#pragma once

#include <memory>

#include "service/feedback_service.h"
#include "web/auth_context.h"
#include "web/router.h"

namespace motcua::web {

struct FeedbackApiOptions {
  int default_limit = 50;
  // Public submissions accepted per client address (AuthContext::ClientAddress) in any sliding hour.
  int public_submissions_per_hour = 20;
};

void AddFeedbackRoutes(Router& router, std::shared_ptr<const AuthContext> auth,
                       std::shared_ptr<FeedbackService> service, FeedbackApiOptions options = {});

}  // namespace motcua::web
