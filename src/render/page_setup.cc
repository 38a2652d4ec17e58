#include "render/page_setup.h"

namespace motcua::render {
namespace {

struct PortraitMm {
  double width;
  double height;
};

PortraitMm PortraitSize(PaperSize paper) {
  switch (paper) {
    case PaperSize::kA5:
      return {148, 210};
    case PaperSize::kA4:
      break;
  }
  return {210, 297};
}

}  // namespace

double PageSetup::WidthMm() const {
  PortraitMm size = PortraitSize(paper);
  return orientation == Orientation::kPortrait ? size.width : size.height;
}

double PageSetup::HeightMm() const {
  PortraitMm size = PortraitSize(paper);
  return orientation == Orientation::kPortrait ? size.height : size.width;
}

Margins OfficialMargins() { return Margins{.top_mm = 20, .bottom_mm = 20, .left_mm = 30, .right_mm = 15}; }

PageSetup OfficialA4Portrait() { return PageSetup{}; }

PageSetup OfficialA4Landscape() {
  PageSetup setup;
  setup.orientation = Orientation::kLandscape;
  return setup;
}

PageSetup FormA5Portrait() {
  PageSetup setup;
  setup.paper = PaperSize::kA5;
  setup.margins = Margins{.top_mm = 15, .bottom_mm = 15, .left_mm = 20, .right_mm = 12};
  setup.page_number_size_pt = 11;
  return setup;
}

}  // namespace motcua::render
