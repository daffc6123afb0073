#!/usr/bin/env python3
"""scripts/check_vendor.py fails when it should: on copies of the project
with an unused patch, a stand-in nothing needs and a changed vendored file.

    python3 -m unittest scripts/test_check_vendor.py
"""
import glob
import os
import shutil
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import check_vendor  # noqa: E402


def copy_of_project(target: str):
    """What `cargo tree` reads: the manifest, the lock, vendor/, and empty
    targets standing in for the sources."""
    for name in ("Cargo.toml", "Cargo.lock"):
        shutil.copy(os.path.join(ROOT, name), target)
    shutil.copytree(os.path.join(ROOT, "vendor"), os.path.join(target, "vendor"))
    os.makedirs(os.path.join(target, "src"))
    for name in ("lib.rs", "main.rs"):
        open(os.path.join(target, "src", name), "w").close()


def add_patch(target: str, line: str):
    path = os.path.join(target, "Cargo.toml")
    text = check_vendor.read(path).replace("[patch.crates-io]\n", "[patch.crates-io]\n" + line + "\n")
    with open(path, "w") as f:
        f.write(text)


def fake_crate(folder: str, name: str, version: str):
    os.makedirs(os.path.join(folder, "src"))
    open(os.path.join(folder, "src", "lib.rs"), "w").close()
    with open(os.path.join(folder, "Cargo.toml"), "w") as f:
        f.write(f'[package]\nname = "{name}"\nversion = "{version}"\nedition = "2021"\n')


class Parsing(unittest.TestCase):
    def test_reads_the_patches_and_the_unused_ones(self):
        toml = '[patch.crates-io]\na = { path = "vendor/a" }\nb = { git = "x" }\n'
        self.assertEqual(check_vendor.patches(toml), {"a": "vendor/a"})
        lock = 'version = 4\n[[patch.unused]]\nname = "a"\nversion = "0.1.0"\n'
        self.assertEqual(check_vendor.unused_patches(lock), ["a"])
        self.assertEqual(check_vendor.unused_patches("version = 4\n"), [])

    def test_a_stand_in_only_the_app_names_is_a_problem(self):
        tree = "0x v0.5.0 (/p/vendor/x)\n1app v0.1.0 (/p)\n"
        self.assertIn("only app itself", check_vendor.tree_problem("x", "/p/vendor/x", tree, "app"))
        needed = "0x v0.5.0 (/p/vendor/x)\n1lib v1.0.0\n2app v0.1.0 (/p)\n"
        self.assertIsNone(check_vendor.tree_problem("x", "/p/vendor/x", needed, "app"))
        registry = "0x v0.5.1\n1lib v1.0.0\n"
        self.assertIn("not the copy", check_vendor.tree_problem("x", "/p/vendor/x", registry, "app"))
        self.assertIn("not in the", check_vendor.tree_problem("x", "/p/vendor/x", "", "app"))


class OnCopiesOfTheProject(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="check-vendor-")
        copy_of_project(self.dir)

    def tearDown(self):
        shutil.rmtree(self.dir)

    def test_the_project_as_it_is_passes(self):
        self.assertEqual(check_vendor.check(self.dir, locked=True), [])

    def test_a_patch_for_a_version_nothing_asks_for_fails(self):
        fake_crate(os.path.join(self.dir, "vendor", "itoa"), "itoa", "0.0.1")
        add_patch(self.dir, 'itoa = { path = "vendor/itoa" }')
        problems = check_vendor.check(self.dir, locked=False)
        self.assertTrue(any("patch for itoa is unused" in p for p in problems), problems)

    def test_a_stand_in_only_the_app_depends_on_fails(self):
        # qrcodegen is the app's own dependency: no other crate needs a copy.
        lock = check_vendor.read(os.path.join(ROOT, "Cargo.lock"))
        version = lock.split('name = "qrcodegen"\nversion = "')[1].split('"')[0]
        fake_crate(os.path.join(self.dir, "vendor", "qrcodegen"), "qrcodegen", version)
        add_patch(self.dir, 'qrcodegen = { path = "vendor/qrcodegen" }')
        problems = check_vendor.check(self.dir, locked=False)
        self.assertTrue(any("only fulcrum itself depends on qrcodegen" in p for p in problems), problems)

    def test_a_change_the_readme_does_not_show_fails(self):
        if check_vendor.published_copy("reactive_graph", "0.2.16") is None:
            self.skipTest("reactive_graph-0.2.16 is not in Cargo's registry cache")
        source = glob.glob(os.path.join(self.dir, "vendor", "reactive_graph", "src", "lib.rs"))[0]
        with open(source, "a") as f:
            f.write("\n// one more line\n")
        problems = check_vendor.check(self.dir, locked=True)
        self.assertTrue(any("+// one more line" in p for p in problems), problems)


if __name__ == "__main__":
    unittest.main()
