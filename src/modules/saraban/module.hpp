#pragma once

namespace pao {
class Registry;
}

namespace pao::saraban {
// Adds e-Saraban (สารบรรณอิเล็กทรอนิกส์): the registers of incoming and outgoing letters with their
// yearly numbers, jobs with their history, and the pages and JSON API over them.
void register_saraban_module(Registry& registry);
}  // namespace pao::saraban
