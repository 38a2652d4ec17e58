// GET /healthz -> 200 {"status":"ok"}: the process is up and serving HTTP (for load balancers and
// systemd checks). Thread-safe.
#pragma once

#include "web/router.h"

namespace motcua::web {

void AddHealthRoutes(Router& router);

}  // namespace motcua::web
