#!/usr/bin/env python3
"""Writes the seed corpus of one fuzz target from the repository's own data.

usage: seeds.py <target> <out-dir> [dictionary-file]

yaml   every file under indicators/, prefixed with the byte that selects its catalogue path
units  every unit symbol and alias in indicators/units.yaml, every unit written in the catalogue,
       and a few quantities
export samples/exports/*, prefixed with the byte that selects the format (and some option bits)
schema every JSON schema under schemas/
The prefix bytes are described in fuzz/README.md (and in Targets.cs).
"""
import hashlib
import pathlib
import re
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
# Same order as Targets.YamlPaths.
YAML_KINDS = ["catalogue.yaml", "units.yaml", "sources", "frameworks", "factor-sets", "indicator"]


def write(out: pathlib.Path, data: bytes) -> None:
    name = hashlib.sha1(data).hexdigest()[:16]
    (out / name).write_bytes(data)


def yaml_kind(rel: str) -> int:
    parts = rel.split("/")
    if len(parts) == 1:
        return YAML_KINDS.index(parts[0]) if parts[0] in YAML_KINDS else -1
    if len(parts) == 2 and parts[0] in YAML_KINDS:
        return YAML_KINDS.index(parts[0])
    if len(parts) == 3 and parts[0] in ("env", "soc", "gov"):
        return YAML_KINDS.index("indicator")
    return -1


def seeds_yaml(out):
    for f in sorted((ROOT / "indicators").rglob("*.yaml")):
        kind = yaml_kind(f.relative_to(ROOT / "indicators").as_posix())
        data = f.read_bytes()
        if kind < 0 or len(data) > 64 * 1024:
            continue
        write(out, bytes([kind]) + data)
        if kind == YAML_KINDS.index("indicator"):
            write(out, bytes([kind | 0x80]) + data)  # also run the worked examples


def seeds_units(out):
    texts = set()
    units = yaml.safe_load((ROOT / "indicators" / "units.yaml").read_text(encoding="utf-8"))
    for u in units.get("units", []):
        texts.add(str(u["symbol"]))
        texts.update(str(a) for a in u.get("aliases", []) or [])
        if "definition" in u and not str(u["definition"]).startswith("base "):
            texts.add(str(u["definition"]))
    for f in (ROOT / "indicators").rglob("*.yaml"):
        for m in re.finditer(r"\bunit: *\"?([^\"#,}\n]+)\"?", f.read_text(encoding="utf-8")):
            texts.add(m.group(1).strip())
    texts.update(["12.5 kg CO2-eq/(m2.a)", "-3e2 kWh/m2/a", "0.5 %", "1 EUR/m2/a", "7 [dwelling]/ha"])
    for t in sorted(texts):
        write(out, t.encode("utf-8"))


def seeds_export(out):
    fmt = {".json": 0, ".ndjson": 1, ".csv": 2}
    for f in sorted((ROOT / "samples" / "exports").iterdir()):
        if f.suffix in fmt:
            data = f.read_bytes()
            write(out, bytes([fmt[f.suffix]]) + data)
            write(out, bytes([fmt[f.suffix] + 0x30]) + data)  # expected version + normalised output
            if f.suffix == ".csv":
                semi = data.replace(b",", b";")
                write(out, bytes([fmt[f.suffix] + 0x0C]) + semi)  # ';' separator with decimal comma


def seeds_schema(out):
    for f in sorted((ROOT / "schemas").rglob("*.json")):
        write(out, f.read_bytes())


def schema_names(paths):
    """Every property name and string value in the given JSON schemas (tokens for the dictionary)."""
    import json

    names = set()

    def walk(node):
        if isinstance(node, dict):
            for k, v in node.items():
                names.add(k)
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
        elif isinstance(node, str) and len(node) <= 40:
            names.add(node)

    for p in paths:
        walk(json.loads(p.read_text(encoding="utf-8")))
    return names


def dictionary(target):
    schemas = ROOT / "schemas"
    if target == "yaml":
        tokens = schema_names(p for p in schemas.glob("*.schema.json") if "measurement" not in p.name)
        tokens.update(["---", "&a ", "*a", "!!str ", "? ", "- ", ": ", "{", "}", "[", "]", "|\n", ">\n", "~", "null"])
    elif target == "units":
        units = yaml.safe_load((ROOT / "indicators" / "units.yaml").read_text(encoding="utf-8"))
        tokens = {str(u["symbol"]) for u in units.get("units", [])}
        tokens.update(str(d["symbol"]) for d in units.get("dimensions", []))
        tokens.update(["/", "(", ")", ".", " ", "^", "-", "e", "2", "3", "-eq"])
    elif target == "export":
        tokens = schema_names(schemas.glob("measurement-*.json"))
        tokens.update(["\r\n", "\"", ",", ";", "{", "}", "[", "]", ":", "null", "true", "1e308", "-0", "\ufeff"])
    else:
        tokens = schema_names(schemas.rglob("*.json"))
        tokens.update(["{", "}", "[", "]", ":", "null", "true", "false", "1e400", "1.5", "-1", "#/definitions/"])

    def quote(t):
        out = []
        for b in t.encode("utf-8"):
            c = chr(b)
            out.append("\\" + c if c in '"\\' else c if 0x20 <= b < 0x7F else "\\x%02x" % b)
        return '"' + "".join(out) + '"'

    return [quote(t) for t in sorted(tokens) if 0 < len(t.encode("utf-8")) <= 64]


def main():
    target, out = sys.argv[1], pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    {"yaml": seeds_yaml, "units": seeds_units, "export": seeds_export, "schema": seeds_schema}[target](out)
    if len(sys.argv) > 3:
        pathlib.Path(sys.argv[3]).write_text("\n".join(dictionary(target)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
