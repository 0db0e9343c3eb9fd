// The Garuda emblem (ตราครุฑ) on outgoing letters and memos. pao does not ship the image (its use is
// regulated; ADR 0004): the PAO provides its own PNG with PAO_GARUDA_PNG=/etc/pao/garuda.png.
// Without it, the emblem's place on the page is left blank for pre-printed paper or a stamp.
#pragma once

#include <string>

namespace pao::saraban {

// Reads PAO_GARUDA_PNG once, at start-up (before any request). Throws std::runtime_error naming
// the variable when the file cannot be read or is not a PNG image, so a wrong path stops the
// start instead of printing letters without the emblem.
void load_official_emblem();

// The PNG file's bytes; empty when not configured.
const std::string& official_emblem();

}  // namespace pao::saraban
