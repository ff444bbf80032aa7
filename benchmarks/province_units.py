"""Evidence files for a province-sized run: the bundled Gia Lai example, n times, with varied values.

Each unit keeps the example's shape (46 criteria, the dossier export and procedure list it
names, copied once beside the files), with its hand-written facts varied by a seeded
generator so that units differ in total and in rank; the same seed gives the same files.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "evidence" / "examples" / "gia-lai-bqlkkt-2022.yaml"


def _vary(data: dict[str, Any], rng: random.Random) -> None:
    facts = data["facts"]
    facts["plan_tasks"]["completed"] = rng.randint(18, facts["plan_tasks"]["total"])
    facts["initiatives"]["count"] = rng.randint(0, 4)
    facts["training"]["completed"] = rng.randint(30, facts["training"]["planned"])
    facts["propaganda"]["radio_tv"] = rng.choice(["có", "không"])
    facts["public_employees"]["placed_per_position"] = rng.randint(18, facts["public_employees"]["total"])
    facts["staff"]["disciplined"] = rng.choice([0, 0, 0, 1])
    for key, value in list(facts.get("sipas", {}).items()):
        varied = min(100.0, max(0.0, float(str(value).replace(",", ".")) + rng.uniform(-6, 6)))
        facts["sipas"][key] = f"{varied:.1f}".replace(".", ",")  # the decimal comma, as offices write it


def write_units(folder: Path, n: int, seed: int = 11) -> list[Path]:
    """n evidence files (don-vi-01.yaml …) and the export they share, in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    base = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    for role in ("dossiers", "procedures"):
        shutil.copy(EXAMPLE.parent / base["sources"][role], folder / base["sources"][role])
    rng = random.Random(seed)
    out = []
    for i in range(1, n + 1):
        data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
        data["unit"] = f"Sở thử nghiệm {i:02d}"
        _vary(data, rng)
        path = folder / f"don-vi-{i:02d}.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
        out.append(path)
    return out
