# The two set-up commands are `make run` and `make test` (see README.md).
SHELL := /bin/bash
BUILD ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=
ifeq ($(CI),true)
  CMAKE_FLAGS += -DPAO_WERROR=ON
endif
export PAO_DB ?= sqlite:var/pao.db
export PAO_LISTEN ?= 127.0.0.1:8080
export PAO_DATA_DIR ?= var

.PHONY: deps build run test unit-test http-test browser-test bench fmt lint clean

deps:
	scripts/install-deps

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS)

build: $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

run: deps build
	mkdir -p $(PAO_DATA_DIR)
	$(BUILD)/pao migrate
	$(BUILD)/pao demo-data
	@echo "----------------------------------------------------------------------"
	@echo " Open http://$${PAO_LISTEN:-127.0.0.1:8080} and sign in:"
	@cat $(PAO_DATA_DIR)/demo-credentials.txt 2>/dev/null || echo " (no demo accounts: use build/pao user add)"
	@echo "----------------------------------------------------------------------"
	$(BUILD)/pao serve

test: deps build
	scripts/run-tests $(BUILD)

bench:
	scripts/install-deps --bench
	scripts/run-bench

fmt:
	git ls-files '*.cpp' '*.hpp' | xargs clang-format -i

# clang-tidy on the C++ files changed against main (or all, with LINT_ALL=1).
lint: $(BUILD)/build.ninja
	scripts/lint $(BUILD)

clean:
	rm -rf $(BUILD) build-bench
