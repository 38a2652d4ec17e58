# The two commands of the README:
#   make run    installs dependencies, builds, creates ./motcua-data (SQLite, catalogue, demo data), serves :8080
#   make test   installs dependencies, builds and runs every test (gcc and clang+sanitizers, SQLite and a throwaway PostgreSQL)
DATA ?= ./motcua-data
LISTEN ?= 127.0.0.1:8080

.PHONY: run test deps build clean

deps:
	scripts/install-deps.sh

build:
	cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
	ninja -C build motcua

run: deps build
	@if [ ! -e "$(DATA)/motcua.db" ]; then ./build/src/cli/motcua init --data "$(DATA)" --demo; fi
	./build/src/cli/motcua serve --data "$(DATA)" --listen "$(LISTEN)"

test: deps
	scripts/test.sh

clean:
	rm -rf build build-asan
