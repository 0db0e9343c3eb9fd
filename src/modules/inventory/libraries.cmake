# Libraries only the inventory module uses (ADR 0011): expat parses the agents' XML.
pkg_check_modules(EXPAT REQUIRED IMPORTED_TARGET expat)
target_link_libraries(pao_mod_inventory PUBLIC PkgConfig::EXPAT)
