"""``inspector --smoke-test`` runs the whole chain and exits 0."""

from __future__ import annotations

import subprocess
import sys


def test_smoke_test_passes():
    result = subprocess.run([sys.executable, "-m", "inspector.cli.main", "--smoke-test"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "smoke test passed" in result.stdout
    assert "reports in every language" in result.stdout
