"""`cchc score A.yaml B.xlsx THƯ_MỤC/ …`: a whole province in one run, ranked.

With more than one evidence file, or a directory, every unit is scored in this one process:
the bundle is loaded and the ruleset compiled once per catalog (the library's cache and the
rules host's), so forty units cost a few times one. A unit whose evidence is invalid is
listed with its problems and the others are still scored (exit 2 at the end, the valid
units' reports written); `--strict` stops at the first one and writes nothing. Every output
path (the summary's `--out`, each unit's report under `--out-dir`) is checked before anything
is written, and none may be an input.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from engine.cli.common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_SHORTFALL,
    guarded,
    held_back,
    library,
    note_origins,
)
from engine.core.problems import InputError, Problem, Reason
from engine.report.output import check_outputs, write_atomically
from engine.report.privacy import hide_names
from engine.report.terminal import console, print_problems
from engine.report.writers import writer_for
from engine.scoring import score
from engine.spec.catalog import FactSpec
from evidence.load import load_with_bundle
from evidence.overrides import PREVIOUS, apply_overrides, unknown_everywhere

if TYPE_CHECKING:
    from engine.report.province.ranking import ScoredUnit

FORMATS = ("json", "xlsx", "html")
PROGRESS_FROM = 4  # units: fewer finish before a bar would be seen
_TABLE_OPTIONS = {"--unit": "unit", "--year": "year", "--catalog": "catalog", "--plan": "plan"}
_MANY_OPTIONS = {
    "--out-dir": "out_dir",
    "--format": "format",
    "--recursive": "recursive",
    "--group-by": "group_by",
    "--strict": "strict",
    "--wide": "wide",
}


def _formats(text: str) -> list[str]:
    wanted = [f.strip().lower().lstrip(".") for f in text.split(",") if f.strip()]
    unknown = [f for f in wanted if f not in FORMATS]
    if unknown or not wanted:
        raise argparse.ArgumentTypeError(f"'{text}': dạng báo cáo là {', '.join(FORMATS)}")
    return wanted


def add_arguments(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("chấm nhiều đơn vị (nhiều tệp minh chứng hoặc thư mục)")
    g.add_argument(
        "--out-dir",
        type=Path,
        metavar="THƯ_MỤC",
        help="ghi báo cáo của từng đơn vị vào thư mục này: <tên tệp minh chứng>.json, và .xlsx, .html "
        "theo --format (không bao giờ ghi đè tệp đầu vào); --out là bảng tổng hợp, xếp hạng",
    )
    g.add_argument(
        "--format",
        action="append",
        default=[],
        type=_formats,
        metavar="DẠNG",
        help="dạng báo cáo từng đơn vị trong --out-dir ngoài json: xlsx, html (cách nhau bằng dấu phẩy "
        "hoặc lặp lại)",
    )
    g.add_argument("--recursive", action="store_true", help="tìm tệp minh chứng cả trong thư mục con")
    g.add_argument(
        "--group-by",
        choices=["catalog"],
        help="xếp hạng riêng theo bộ tiêu chí (và năm) khi các đơn vị dùng bộ tiêu chí hoặc năm khác nhau",
    )
    g.add_argument(
        "--strict",
        action="store_true",
        help="dừng ở đơn vị có minh chứng không hợp lệ đầu tiên, không ghi báo cáo nào",
    )
    g.add_argument(
        "--wide",
        action="store_true",
        help="bảng xếp hạng có thêm tỷ lệ điểm của từng lĩnh vực (nhóm) của bộ tiêu chí",
    )


def is_many(paths: Sequence[Path]) -> bool:
    """A multi-unit run: several paths, or a directory (even one holding a single unit)."""
    return len(paths) > 1 or any(p.is_dir() for p in paths)


def refuse_many_options(args: argparse.Namespace) -> None:
    """Options of a multi-unit run given with one evidence file: said, not ignored."""
    given = [o for o, dest in _MANY_OPTIONS.items() if getattr(args, dest)]
    if given:
        reason = ", ".join(given) + " chỉ dùng khi chấm nhiều đơn vị (nhiều tệp minh chứng hoặc một thư mục)"
        raise InputError([Problem(code=Reason.INVALID_OPTION, file=str(args.evidence), reason=reason)])


def _option_problems(args: argparse.Namespace) -> list[Problem]:
    from engine.report.province.writers import summary_extension_problems

    problems = []
    given = [o for o, dest in _TABLE_OPTIONS.items() if getattr(args, dest) is not None]
    if given:
        problems.append(
            Problem(
                code=Reason.INVALID_OPTION,
                file="cchc score",
                reason=", ".join(given)
                + " chỉ dùng với một bảng số liệu .csv, không dùng khi chấm nhiều đơn vị",
            )
        )
    problems += [
        Problem(
            code=Reason.INVALID_OPTION,
            file=str(p),
            reason="bảng số liệu .csv chấm từng đơn vị một (cchc score BẢNG.csv --unit …), không chấm cùng "
            "các tệp minh chứng khác",
        )
        for p in args.evidence
        if p.suffix.lower() == ".csv" and not p.is_dir()
    ]
    if args.out_dir is not None and args.out_dir.exists() and not args.out_dir.is_dir():
        problems.append(
            Problem(
                code=Reason.OUTPUT, file=str(args.out_dir), reason="--out-dir là một tệp, không phải thư mục"
            )
        )
    if args.format and args.out_dir is None:
        problems.append(
            Problem(
                code=Reason.INVALID_OPTION, file="--format", reason="--format là dạng báo cáo trong --out-dir"
            )
        )
    return problems + summary_extension_problems(args.out)


def _unit_outputs(files: Sequence[Path], out_dir: Path, formats: Sequence[str]) -> dict[Path, list[Path]]:
    """Each unit's report paths; two units whose reports would share a name are refused."""
    by_stem: dict[str, list[Path]] = {}
    for f in files:
        by_stem.setdefault(f.stem.casefold(), []).append(f)
    clashes = [fs for fs in by_stem.values() if len(fs) > 1]
    if clashes:
        raise InputError(
            [
                Problem(
                    code=Reason.OUTPUT,
                    file=str(f),
                    reason="báo cáo trong --out-dir trùng tên với tệp "
                    f"{', '.join(str(o) for o in fs if o != f)} ({f.stem}.json): đổi tên một trong các tệp",
                )
                for fs in clashes
                for f in fs
            ]
        )
    return {f: [out_dir / f"{f.stem}.{fmt}" for fmt in formats] for f in files}


def _names(planned: dict[Path, list[Path]]) -> list[str]:
    return [str(p) for ps in planned.values() for p in ps]


def _near(inputs: Sequence[Path], outputs: Sequence[str], out_dir: Path | None) -> list[Path]:
    """The inputs an output could be: those in a folder the run writes to (checking every input
    against every output would cost more than scoring a province)."""
    folders = {_resolved(Path(o).parent) for o in outputs}
    if out_dir is not None:
        folders.add(_resolved(out_dir))
    return [i for i in inputs if _resolved(i.parent) in folders or _resolved(i).parent in folders]


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path


NONE_WRITTEN = "không ghi báo cáo nào"
UNIT_NOT_WRITTEN = "không ghi báo cáo của đơn vị này"


def run(args: argparse.Namespace) -> int:
    # What only a multi-unit run needs, imported here: `cchc score` of one unit starts without it.
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from engine import __version__
    from engine.report.province.ranking import ScoredUnit, build_summary, mixed_groups
    from engine.report.province.terminal import print_ranking
    from engine.report.province.writers import summary_writer_for
    from evidence.collect import collect

    written: list[Path] = []

    def go() -> int:
        problems = _option_problems(args)
        if problems:
            raise InputError(problems)
        formats = ["json", *sorted({f for fs in args.format for f in fs if f != "json"}, key=FORMATS.index)]
        lib = library(args)
        collected = collect(
            args.evidence,
            recursive=args.recursive,
            skip=[Path(o) for o in args.out],
        )
        if collected.problems:
            raise InputError(collected.problems)
        files = collected.files
        if not files:
            shown = ", ".join(str(p) for p in args.evidence)
            raise InputError(
                [
                    Problem(
                        code=Reason.FILE_NOT_FOUND,
                        file=shown,
                        reason="không có tệp minh chứng nào (.yaml, .yml, .json, .xlsx)"
                        + ("" if args.recursive else "; thêm --recursive để tìm cả trong thư mục con"),
                    )
                ]
            )
        planned = _unit_outputs(files, args.out_dir, formats) if args.out_dir else {}
        check_outputs([*args.out, *_names(planned)], _near(files, args.out, args.out_dir))

        err = console(stderr=True)
        scored: list[tuple[Path, ScoredUnit]] = []
        failed: list[tuple[str, list[Problem]]] = []
        noted: set[int] = set()
        # --set across catalogs: each fact applies where the unit's catalog has it (B30)
        catalogs: dict[str, Mapping[str, FactSpec]] = {}
        not_set: dict[str, dict[str, list[str]]] = {}  # fact → catalog → files it was not set in
        progress = Progress(
            TextColumn("Chấm điểm"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("{task.description}"),
            console=err,
            transient=True,
            disable=len(files) < PROGRESS_FROM or not err.is_terminal,
        )
        with progress:
            task = progress.add_task("", total=len(files))
            for path in files:
                progress.update(task, description=path.name)
                try:
                    evidence, bundle = load_with_bundle(path, args.as_of, lib)
                    catalogs[bundle.catalog.id] = bundle.catalog.facts
                    simulated = apply_overrides(evidence, bundle, args.set, skip_unknown=True)
                    for name, _ in args.set:
                        if name.removeprefix(PREVIOUS) not in bundle.catalog.facts:
                            not_set.setdefault(name, {}).setdefault(bundle.catalog.id, []).append(str(path))
                    report = score(simulated, bundle)
                except InputError as exc:
                    if args.strict:
                        raise
                    failed.append((str(path), exc.problems))
                    progress.advance(task)
                    continue
                if id(bundle) not in noted:
                    noted.add(id(bundle))
                    note_origins(lib, bundle)
                if args.hide_names:
                    report = hide_names(report)
                json_path = planned[path][0] if planned else None
                scored.append((path, ScoredUnit(str(path), report, str(json_path) if json_path else None)))
                progress.advance(task)

        unknown = [n for n, where in not_set.items() if catalogs and set(where) == set(catalogs)]
        if unknown:
            raise InputError([unknown_everywhere(n, catalogs) for n in unknown])
        units = [u for _, u in scored]
        if args.group_by is None and (mixed := mixed_groups(units)):
            raise InputError(mixed)
        # The export and procedure list of a unit are inputs too: no report replaces one of them.
        sources = [path.parent / s.file for path, u in scored for s in u.report.evidence.sources]
        outputs = check_outputs(
            [*args.out, *_names(planned)], _near([*files, *sources], args.out, args.out_dir)
        )
        summary = build_summary(
            units,
            failed,
            version=__version__,
            group_by=args.group_by,
            as_of=args.as_of.isoformat() if args.as_of else None,
            overrides=[f"{name}={value}" for name, value in args.set],
        )
        if not_set:
            summary = summary.model_copy(update={"warnings": [*summary.warnings, *_not_set_lines(not_set)]})
        for file, unit_problems in failed:
            err.print(f"[red b]{file}:[/] không chấm được", highlight=False)
            # the other units' reports are written (with --out-dir); without it no unit's is
            print_problems(unit_problems, err, UNIT_NOT_WRITTEN if planned else "")
        out = console()
        if not args.quiet:
            print_ranking(summary, out, wide=args.wide)
        for path, unit in scored:
            for target in planned.get(path, []):
                write_atomically(target, writer_for(target)(unit.report))
                written.append(target)
        reports = len(written)
        for target in outputs[: len(args.out)]:
            write_atomically(target, summary_writer_for(target)(summary))
            written.append(target)
            out.print(f"Đã ghi bảng tổng hợp: {target}", markup=False)
        if reports:
            out.print(f"Đã ghi {reports} báo cáo của {len(scored)} đơn vị vào {args.out_dir}", markup=False)
        if failed:
            return EXIT_INVALID
        if args.fail_on_shortfall and any(u.report.shortfalls for u in units):
            return EXIT_SHORTFALL
        return EXIT_OK

    return guarded(go, lambda: held_back(written, NONE_WRITTEN))


def _not_set_lines(not_set: dict[str, dict[str, list[str]]]) -> list[str]:
    """Where a `--set` fact did not apply: the units whose catalog does not declare it."""
    out = []
    for name, where in sorted(not_set.items()):
        for catalog, files in sorted(where.items()):
            shown = ", ".join(sorted(files)[:5]) + (
                f" và {len(files) - 5} tệp khác" if len(files) > 5 else ""
            )
            out.append(
                f"mô phỏng --set '{name}' không áp dụng cho {len(files)} đơn vị của bộ tiêu chí '{catalog}' "
                f"(bộ tiêu chí này không có minh chứng đó): {shown}"
            )
    return out
