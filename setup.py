"""Build hook: map the top-level ``resources/`` into the package as
``inspector/_resources`` so a wheel carries it (see inspector.paths.resource_path).

An editable install and a source checkout read ``resources/`` in place.
"""

from pathlib import Path
import shutil

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SKIP = {".gitkeep"}


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        target = Path(self.build_lib) / "inspector" / "_resources"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(ROOT / "resources", target,
                        ignore=lambda _dir, names: [n for n in names if n in SKIP or n.endswith(".ts")])


setup(cmdclass={"build_py": BuildWithResources})
