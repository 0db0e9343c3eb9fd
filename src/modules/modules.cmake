# Every module and the modules whose api.hpp it may include (checked by tests/check_layers).
pao_module(NAME plan)
pao_module(NAME org USES plan)
pao_module(NAME identity USES org)
pao_module(NAME audit)
pao_module(NAME site_search)
pao_module(NAME calendar)
pao_module(NAME design)
pao_module(NAME notifications)
