"""The wheel ships the rule data: installed alone, it parses the seed from elsewhere."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_carries_rules_and_parses_seed_outside_the_repository(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(tmp_path / "dist"), str(ROOT)], check=True,
                   capture_output=True)
    wheel = next((tmp_path / "dist").glob("ocrfix-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "ocrfix/rules/layout/datelines.toml" in names
    assert any(n.startswith("ocrfix/rules/normalize/") for n in names)
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target",
                    str(target), str(wheel)], check=True, capture_output=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    seed = ROOT / "seeds" / "000_08a40f92cd806406.txt"
    code = ("import json, ocrfix, sys\n"
            "assert ocrfix.__file__.startswith(sys.argv[2]), ocrfix.__file__\n"
            "items = ocrfix.parse_file(sys.argv[1])\n"
            "print(json.dumps([i.title for i in items], ensure_ascii=False))")
    # -S: no site processing, so the editable install's finder is not loaded; the path
    # holds only the installed wheel and the dependencies.
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(target), sysconfig.get_paths()["purelib"]]))
    result = subprocess.run([sys.executable, "-S", "-c", code, str(seed), str(target)],
                            cwd=elsewhere, env=env, capture_output=True, text=True, check=True)
    titles = json.loads(result.stdout)
    assert "推动政务服务再升级" in titles


def test_every_package_is_listed_for_the_wheel():
    """setuptools is given the package list explicitly (rules/ maps to ocrfix.rules);
    a new subpackage left out of it would be missing from the wheel."""
    import tomllib
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["packages"])
    found = {".".join(path.parent.relative_to(ROOT).parts)
             for path in (ROOT / "ocrfix").rglob("__init__.py")}
    assert found <= listed
