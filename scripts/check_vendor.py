#!/usr/bin/env python3
"""Fails when a vendored crate no longer does its job.

Each `[patch.crates-io]` entry in Cargo.toml must be used (Cargo only warns
when it is not, and records it under `[[patch.unused]]` in Cargo.lock), and
the path copy must be what the dependency tree holds, needed by a crate other
than Fulcrum itself (its dev-dependencies do not count: `wasm-streams` is one,
for its browser test). Where the published crate is in Cargo's registry
cache, the copy must differ from it exactly by the diff vendor/README.md
shows, so that the diff can be applied to a newer version as it stands.

    python3 scripts/check_vendor.py [ROOT]

Offline and quick (`cargo tree --offline`); scripts/test.sh runs it, and
scripts/test_check_vendor.py shows it failing.
"""
import difflib
import glob
import os
import re
import subprocess
import sys
import tomllib

REGISTRY_SOURCES = os.path.join(
    os.environ.get("CARGO_HOME", os.path.expanduser("~/.cargo")), "registry", "src", "*"
)


def read(path: str) -> str:
    with open(path, encoding="utf-8") as f:
        return f.read()


def patches(cargo_toml: str) -> dict:
    """The `[patch.crates-io]` entries with a path: name -> path."""
    table = tomllib.loads(cargo_toml).get("patch", {}).get("crates-io", {})
    return {name: spec["path"] for name, spec in table.items() if "path" in spec}


def unused_patches(cargo_lock: str) -> list:
    """Names Cargo.lock records under `[[patch.unused]]`."""
    lock = tomllib.loads(cargo_lock)
    return [entry["name"] for entry in lock.get("patch", {}).get("unused", [])]


def tree_problem(name: str, path: str, tree: str, root_package: str):
    """What is wrong in `cargo tree -i NAME --prefix depth`'s output for a
    patch at absolute `path`, or None."""
    lines = [line for line in tree.splitlines() if re.match(r"\d+\S", line)]
    top = [line for line in lines if line.startswith("0")]
    if not top:
        return f"{name} is not in the dependency tree"
    if not any(line.endswith(f"({path})") for line in top):
        return f"the tree holds {top[0][1:]}, not the copy in {path}"
    users = {line[1:].split(" ")[0] for line in lines if line.startswith("1")}
    users.discard(root_package)
    if not users:
        return f"only {root_package} itself depends on {name}: no crate needs the stand-in"
    return None


def readme_diffs(readme: str) -> dict:
    """The ```diff blocks of vendor/README.md, by the folder their `+++`
    lines name (`b/reactive_graph/...` -> reactive_graph)."""
    found = {}
    for block in re.findall(r"```diff\n(.*?)```", readme, re.S):
        heads = re.findall(r"^\+\+\+ b/([^/\s]+)/", block, re.M)
        if heads:
            found.setdefault(heads[0], "")
            found[heads[0]] += block
    return found


def diff_against(published: str, copy: str, crate: str) -> str:
    """Unified diff of the copy's Rust sources and build script against the
    published crate's, with paths `a/<crate>/...` and `b/<crate>/...`."""
    names = set()
    for base in (published, copy):
        for path in glob.glob(os.path.join(base, "src", "**", "*.rs"), recursive=True):
            names.add(os.path.relpath(path, base))
        if os.path.isfile(os.path.join(base, "build.rs")):
            names.add("build.rs")
    out = []
    for name in sorted(names):
        def lines(base):
            path = os.path.join(base, name)
            return read(path).splitlines(keepends=True) if os.path.isfile(path) else []

        out.extend(
            difflib.unified_diff(
                lines(published), lines(copy), f"a/{crate}/{name}", f"b/{crate}/{name}"
            )
        )
    return "".join(out)


def published_copy(name: str, version: str):
    """The published crate's sources in Cargo's registry cache, if there."""
    found = sorted(glob.glob(os.path.join(REGISTRY_SOURCES, f"{name}-{version}")))
    return found[0] if found else None


def cargo_tree(root: str, name: str, locked: bool) -> str:
    args = ["cargo", "tree", "--offline", "--target", "all", "-e", "normal,build",
            "--prefix", "depth", "-i", name]
    if locked:
        args.insert(2, "--locked")
    run = subprocess.run(args, cwd=root, capture_output=True, text=True)
    return run.stdout + run.stderr


def check(root: str, locked: bool = True) -> list:
    """Every problem found, as sentences; empty when all is well."""
    root = os.path.abspath(root)
    manifest = tomllib.loads(read(os.path.join(root, "Cargo.toml")))
    package = manifest["package"]["name"]
    wanted = patches(read(os.path.join(root, "Cargo.toml")))
    problems = []
    # Cargo.lock gains [[patch.unused]] when Cargo resolves; the tree does that.
    trees = {name: cargo_tree(root, name, locked) for name in wanted}
    lock = read(os.path.join(root, "Cargo.lock"))
    for name in unused_patches(lock):
        problems.append(
            f"the patch for {name} is unused (Cargo.lock [[patch.unused]]): the dependency "
            "needs another version; re-apply vendor/README.md's diff to it, or drop the patch"
        )
    readme_path = os.path.join(root, "vendor", "README.md")
    readme = read(readme_path) if os.path.isfile(readme_path) else ""
    diffs = readme_diffs(readme)
    for name, rel in wanted.items():
        path = os.path.normpath(os.path.join(root, rel))
        problem = tree_problem(name, path, trees[name], package)
        if problem:
            problems.append(f"{name}: {problem} (vendor/README.md says what to do)")
        folder = os.path.basename(path)
        if folder not in diffs:
            continue
        version = tomllib.loads(read(os.path.join(path, "Cargo.toml")))
        version = version["package"]["version"]
        published = published_copy(name, version)
        if published is None:
            print(f"{name}: {name}-{version} is not in Cargo's registry cache; its diff not compared")
            continue
        actual = diff_against(published, path, folder)
        if actual.strip() != diffs[folder].strip():
            problems.append(
                f"{name}: vendor/{folder} differs from the published {name}-{version} by "
                "another diff than vendor/README.md shows; the copy's diff is:\n" + actual
            )
    return problems


def main(root: str) -> int:
    problems = check(root)
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    if not problems:
        print("vendored crates: every patch used, every stand-in needed, diffs as documented")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..")))
