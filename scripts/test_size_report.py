#!/usr/bin/env python3
"""scripts/size_report.py fails over the budget and says what grew.

    python3 -m unittest scripts/test_size_report.py
"""
import contextlib
import io
import os
import random
import shutil
import sys
import tempfile
import unittest
from unittest import mock

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import size_report  # noqa: E402


def incompressible(n: int) -> bytes:
    return random.Random(n).randbytes(n)


class Report(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="size-report-")
        self.dist = os.path.join(self.dir, "dist")
        os.makedirs(os.path.join(self.dist, "locales"))
        self.baseline = os.path.join(self.dir, "baseline.txt")
        self.build(wasm=20_000, words=3_000)

    def tearDown(self):
        shutil.rmtree(self.dir)

    def build(self, wasm: int, words: int):
        for name in os.listdir(self.dist):
            if name.endswith(".wasm"):
                os.remove(os.path.join(self.dist, name))
        # A new content hash each build, as Trunk names the files.
        stamp = f"{wasm:016x}"
        with open(os.path.join(self.dist, "index.html"), "w") as f:
            f.write(f'<html><script src="/boot.js" data-wasm="/app-{stamp}_bg.wasm"></script></html>')
        with open(os.path.join(self.dist, f"app-{stamp}_bg.wasm"), "wb") as f:
            f.write(incompressible(wasm))
        with open(os.path.join(self.dist, "boot.js"), "w") as f:
            f.write("boot();\n")
        with open(os.path.join(self.dist, "locales", "en.txt"), "wb") as f:
            f.write(incompressible(words))

    def report(self, budget: int, record: bool = False):
        out = io.StringIO()
        with mock.patch.dict(os.environ, {"SIZE_BUDGET_GZIP_BYTES": str(budget)}), \
                contextlib.redirect_stdout(out):
            status = size_report.main(self.dist, record, self.baseline, "/nonexistent.wasm")
        return status, out.getvalue()

    def test_within_the_budget_passes_without_the_listing(self):
        status, out = self.report(budget=1_000_000)
        self.assertEqual(status, 0)
        self.assertNotIn("what grew", out)

    def test_over_the_budget_fails_and_lists_what_grew_per_file(self):
        self.report(budget=1_000_000, record=True)
        self.build(wasm=26_000, words=3_500)
        status, out = self.report(budget=25_000)
        self.assertEqual(status, 1)
        self.assertIn("OVER", out)
        grew = out[out.index("what grew"):]
        lines = [line for line in grew.splitlines() if "+" in line]
        # Biggest growth first, under the name without the content hash;
        # the first-load file marked.
        self.assertTrue(lines[0].startswith("* app_bg.wasm"), grew)
        self.assertIn("+6,0", lines[0])
        self.assertTrue(lines[1].lstrip().startswith("locales/en.txt"), grew)
        self.assertNotIn("boot.js", grew, "unchanged files are not listed")

    def test_without_a_baseline_it_says_how_to_record_one(self):
        status, out = self.report(budget=100)
        self.assertEqual(status, 1)
        self.assertIn("--record", out)


class Budget(unittest.TestCase):
    def test_the_readme_and_the_docs_state_the_budget_enforced(self):
        budget = size_report.BUDGET_GZIP_BYTES
        root = os.path.dirname(HERE)
        for doc in ("README.md", os.path.join("docs", "performance.md")):
            with open(os.path.join(root, doc), encoding="utf-8") as f:
                text = " ".join(f.read().split())
            stated = f"{budget // 1024} KB gzip ({budget:,} B)"
            self.assertTrue(stated in text, f"{doc} does not say the budget enforced: {stated}")


if __name__ == "__main__":
    unittest.main()
