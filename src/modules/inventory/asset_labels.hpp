// QR labels for assets: an A4 sheet of 3 × 8 labels, each a QR code of the link a person scans
// to report a problem with that asset (the IT service desk's /helpdesk/new?asset=<number>), the
// asset number under it, and the brand and model. Written as a small PDF by hand (a rectangle per
// run of dark QR modules, pages deflated, Helvetica for ASCII text): labels need no Thai, and no
// drawing library beyond libqrencode (ADR 0012).
#pragma once

#include <string>
#include <vector>

namespace pao::inventory {

struct AssetLabel {
  std::string asset_no;  // "416-66-0012"
  std::string caption;   // "Lenovo ThinkCentre M70s" (non-ASCII characters are left out)
  std::string link;      // what the QR code holds
};

inline constexpr int kLabelsPerSheet = 24;

// The PDF (one page per 24 labels). Throws std::runtime_error when a link cannot be encoded.
std::string asset_label_sheet(const std::vector<AssetLabel>& labels);

// The QR code of `text` as rows of modules (true = dark), with no quiet zone.
std::vector<std::vector<bool>> qr_modules(const std::string& text);

}  // namespace pao::inventory
