#!/usr/bin/env python3
"""Copy the /explore page's third-party assets from npm into the package's static folder.

The packages are locked in ``scripts/explorer_js`` (package.json, package-lock.json); this installs
them there with ``npm ci`` and copies the files the page loads, each with its licence, into
``api/static/explore/vendor`` (committed, so the server needs neither node nor the network):

- cytoscape 3.34.4 (MIT): the network drawing, ``cytoscape.min.js``;
- topojson-client 3.1.0 (ISC): TopoJSON to GeoJSON in the page, ``topojson-client.min.js``;
- world-atlas 2.0.2 (ISC; the data is Natural Earth's, public domain): country outlines at 1:110m,
  ``countries-110m.json``.

``python scripts/vendor_explorer.py`` installs and copies; ``--check`` compares the committed copies
with the installed packages and exits 1 naming any that differ (``--no-install`` skips ``npm ci``).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ROOT / "scripts" / "explorer_js"
MODULES = PACKAGES / "node_modules"
VENDOR = ROOT / "api" / "static" / "explore" / "vendor"

# what the page needs: installed file (under node_modules) -> vendored name
FILES: dict[str, str] = {
    "cytoscape/dist/cytoscape.min.js": "cytoscape.min.js",
    "cytoscape/LICENSE": "cytoscape.LICENSE",
    "topojson-client/dist/topojson-client.min.js": "topojson-client.min.js",
    "topojson-client/LICENSE": "topojson-client.LICENSE",
    "world-atlas/countries-110m.json": "countries-110m.json",
    "world-atlas/LICENSE": "world-atlas.LICENSE",
}


def install() -> None:
    subprocess.run(["npm", "ci", "--prefix", str(PACKAGES), "--no-audit", "--no-fund"], check=True,
                   stdout=subprocess.DEVNULL)


def differences() -> list[str]:
    """The vendored files that are missing or differ from the installed packages."""
    wrong = []
    for source, name in FILES.items():
        installed, vendored = MODULES / source, VENDOR / name
        if not installed.is_file():
            wrong.append(f"{source}: not installed (run npm ci --prefix {PACKAGES.relative_to(ROOT)})")
        elif not vendored.is_file() or vendored.read_bytes() != installed.read_bytes():
            wrong.append(f"{vendored.relative_to(ROOT)} differs from node_modules/{source}")
    return wrong


def copy() -> None:
    VENDOR.mkdir(parents=True, exist_ok=True)
    for source, name in FILES.items():
        shutil.copyfile(MODULES / source, VENDOR / name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare the vendored files, copy nothing")
    parser.add_argument("--no-install", action="store_true", help="use the installed node_modules as is")
    args = parser.parse_args(argv)
    if not args.no_install:
        install()
    if args.check:
        wrong = differences()
        for line in wrong:
            print(line, file=sys.stderr)
        return 1 if wrong else 0
    copy()
    print(f"copied {len(FILES)} files into {VENDOR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
