# Libraries only the inventory module uses: expat parses the agents' XML (ADR 0011), libqrencode
# draws the assets' QR labels (ADR 0012).
pkg_check_modules(EXPAT REQUIRED IMPORTED_TARGET expat)
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)
target_link_libraries(pao_mod_inventory PUBLIC PkgConfig::EXPAT PkgConfig::QRENCODE)
