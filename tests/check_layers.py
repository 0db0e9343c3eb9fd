#!/usr/bin/env python3
"""Architecture invariants, checked on every `make test`:
- the platform never includes a module;
- a module includes another module only through its api.hpp, and only if
  src/modules/modules.cmake lists that module under its USES;
- every table a module's migrations create carries the module's prefix.
Prints one line per violation and "N passed, N failed"."""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "src")
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def module_uses():
    uses = {}
    text = open(os.path.join(SRC, "modules", "modules.cmake"), encoding="utf-8").read()
    for m in re.finditer(r"pao_module\(NAME\s+(\w+)((?:\s+USES(?:\s+\w+)+)?)\)", text):
        uses[m.group(1)] = set(m.group(2).split()[1:]) if m.group(2).strip() else set()
    return uses


def sources(top):
    for dirpath, _, files in os.walk(top):
        for f in files:
            if f.endswith((".cpp", ".hpp")):
                yield os.path.join(dirpath, f)


def main():
    problems, checked = [], 0
    uses = module_uses()
    for path in sources(os.path.join(SRC, "platform")):
        checked += 1
        for inc in INCLUDE.findall(open(path, encoding="utf-8").read()):
            if inc.startswith("modules/") or inc.startswith("app/"):
                problems.append(f"{os.path.relpath(path, ROOT)}: platform includes {inc}")
    for name in sorted(os.listdir(os.path.join(SRC, "modules"))):
        mdir = os.path.join(SRC, "modules", name)
        if not os.path.isdir(mdir):
            continue
        if name not in uses:
            problems.append(f"module {name} is not declared in src/modules/modules.cmake")
            continue
        for path in sources(mdir):
            checked += 1
            for inc in INCLUDE.findall(open(path, encoding="utf-8").read()):
                m = re.match(r"modules/(\w+)/(.+)", inc)
                if inc.startswith("app/"):
                    problems.append(f"{os.path.relpath(path, ROOT)}: module includes {inc}")
                if not m or m.group(1) == name:
                    continue
                other, header = m.groups()
                if header != "api.hpp":
                    problems.append(f"{os.path.relpath(path, ROOT)}: includes {inc}; use modules/{other}/api.hpp")
                elif other not in uses[name]:
                    problems.append(f"{os.path.relpath(path, ROOT)}: uses module {other} without USES {other} in modules.cmake")
        mig = os.path.join(mdir, "migrations")
        if os.path.isdir(mig):
            for f in sorted(os.listdir(mig)):
                checked += 1
                sql = open(os.path.join(mig, f), encoding="utf-8").read()
                for t in re.findall(r"CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)", sql, re.I):
                    if not t.startswith(name + "_"):
                        problems.append(f"{name}/migrations/{f}: table {t} lacks the prefix {name}_")
    for p in problems:
        print("FAIL  " + p)
    print(f"{checked - len(problems)} passed, {len(problems)} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
