"""Unit conversion through pint, with the factors remembered on disk so most runs never import pint.

pint costs 130 ms to import and 12–290 ms to build its registry, more than the rest of a one-article run.
Every conversion factlint needs between two units is affine (``y = a·x + b``: miles to km, °C to °F), so the
first time a pair is seen pint computes it, the pair's ``(a, b)`` is checked at a third point and stored, and
later processes convert with the stored numbers.  Pairs pint cannot convert are remembered as such.

The factors file is sealed like every cache entry (a planted one is ignored, not believed), and pint's own
pickle cache stays off: it would unpickle whatever sits in the cache folder.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from factlint import __version__
from factlint.support.cache import read_sealed, write_sealed

_pairs: dict[str, list[float] | None] | None = None


@lru_cache(maxsize=1)
def _registry() -> Any:
    """pint's unit registry, built once per process (only when a unit pair is new: see ``convert``)."""
    import pint

    return pint.UnitRegistry(autoconvert_offset_to_baseunit=True)


def _pint_convert(value: float, unit: str, target: str) -> float | None:
    try:
        return float(_registry().Quantity(value, unit).to(target).magnitude)
    except Exception:  # pint raises DimensionalityError, UndefinedUnitError…; either way: not comparable
        return None


def _name() -> str:
    return f"units-{__version__}.json"


def _load() -> dict[str, list[float] | None]:
    global _pairs
    if _pairs is None:
        import json  # only a run that converts units reads the factors

        body = read_sealed("units", _name())
        try:
            loaded = json.loads(body) if body is not None else {}
        except ValueError:
            loaded = {}
        _pairs = loaded if isinstance(loaded, dict) else {}
    return _pairs


def _store(pairs: dict[str, list[float] | None]) -> None:
    import json

    write_sealed("units", _name(), json.dumps(pairs, sort_keys=True).encode("utf-8"))


def _affine(unit: str, target: str) -> list[float] | None:
    """``[a, b]`` with ``target = a·unit + b``, or None when pint cannot convert (or the map is not affine)."""
    b = _pint_convert(0.0, unit, target)
    one = _pint_convert(1.0, unit, target)
    if b is None or one is None:
        return None
    a = one - b
    check = _pint_convert(1000.0, unit, target)
    if check is None or abs(check - (1000.0 * a + b)) > 1e-9 * max(1.0, abs(check)):
        return None
    return [a, b]


def convert(value: float, unit: str, target: str) -> float | None:
    """``value`` in ``unit`` expressed in ``target``, or None when the two units measure different things."""
    pairs = _load()
    key = f"{unit}\t{target}"
    if key not in pairs:
        pairs[key] = _affine(unit, target)
        _store(pairs)
    factors = pairs[key]
    if factors is None:
        return None
    return factors[0] * value + factors[1]
