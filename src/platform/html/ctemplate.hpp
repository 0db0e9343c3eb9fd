// Include ctemplate through this header: Debian's ctemplate 2.4 headers use strlen without
// including <cstring>.
#pragma once

#include <cstring>

#include <ctemplate/template_dictionary.h>  // IWYU pragma: export
