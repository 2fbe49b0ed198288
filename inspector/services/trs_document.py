"""The TRS figures as data: the ``bcp-trs/1`` JSON document and its CSV table.

Durations are in minutes with one decimal (the nearest-rank percentile of
whole seconds, divided by 60). docs/trs.md describes every key and column.
"""

from __future__ import annotations

from collections.abc import Iterator

from inspector.checklists.model import localize
from inspector.domain.clock import iso
from inspector.domain.enums import Agency
from inspector.services.trs import FORMAT, Figures, GroupTimes, Percentiles, Stage, TrsFilter


def minutes(seconds: int | None) -> float | None:
    return None if seconds is None else round(seconds / 60, 1)


def percentiles(p: Percentiles) -> dict:
    return {"count": p.count, "median": minutes(p.median), "p75": minutes(p.p75), "p90": minutes(p.p90)}


def _period(f: TrsFilter) -> dict:
    return {"from": f.first_day.isoformat(), "to": f.last_day.isoformat(), "start": iso(f.start), "end": iso(f.end)}


def _group(g: GroupTimes) -> dict:
    return {"inspections": g.inspections, "released": g.released,
            "stages": {stage.value: percentiles(p) for stage, p in g.stages.items()}}


def figures_document(f: Figures, lang: str) -> dict:
    t = f.totals
    agency_totals = {a.agency: a for a in f.agencies}
    return {
        "period": _period(f.filter),
        "totals": {"inspections": t.inspections, "released": t.released, "held": t.held, "open": t.open,
                   "decisions": t.decisions},
        "stages": {stage.value: percentiles(p) for stage, p in f.times.overall.stages.items()},
        "lanes": [{"lane": g.key or None, **_group(g)} for g in f.times.lanes],
        "bcps": [{"bcp": g.key, **_group(g)} for g in f.times.bcps],
        "agencies": [{
            "agency": agency.value,
            "sections": agency_totals[agency].sections if agency in agency_totals else 0,
            "signed": agency_totals[agency].signed if agency in agency_totals else 0,
            "decisions": agency_totals[agency].decisions if agency in agency_totals else {},
            "times": {stage.value: percentiles(p) for stage, p in f.agency_times.get(agency, {}).items()},
        } for agency in Agency if agency in agency_totals or agency in f.agency_times],
        "trend": {"bucket": f.times.bucket, "points": [
            {"start": p.start.isoformat(), "inspections": p.inspections, "released": p.released,
             "total": percentiles(p.total)} for p in f.times.trend]},
        "findings": [{"agency": x.agency.value, "checklist": x.checklist, "item": x.item,
                      "text": localize(x.text, lang), "severity": x.severity.value, "count": x.count,
                      "share": round(x.share, 4)} for x in f.findings],
        "physical_examinations": [{"lane": r.lane or None, "inspections": r.inspections, "physical": r.physical,
                                   "rate": None if r.rate is None else round(r.rate, 4)} for r in f.lanes],
        "waiting": [{"agency": w.agency.value, "sections": w.sections, "oldest_opened": iso(w.oldest_opened)}
                    for w in f.waiting],
    }


def document(now: Figures, before: Figures | None, lang: str) -> dict:
    """The whole ``bcp-trs/1`` document: this period and the one before it."""
    return {
        "format": FORMAT,
        "computed_at": iso(now.computed_at),
        "language": lang,
        "units": {"durations": "minutes"},
        "filter": now.filter.narrowing(),
        "current": figures_document(now, lang),
        "previous": figures_document(before, lang) if before is not None else None,
    }


CSV_COLUMNS = ("period", "from", "to", "dimension", "group", "stage", "count", "median_min", "p75_min", "p90_min")


def csv_rows(now: Figures, before: Figures | None) -> Iterator[tuple]:
    """One row per (period, dimension, group, stage): the percentile tables in long form."""
    for name, f in (("current", now), ("previous", before)):
        if f is None:
            continue
        first, last = f.filter.first_day.isoformat(), f.filter.last_day.isoformat()

        def row(dimension: str, group: str, stage: str, p: Percentiles) -> tuple:
            return (name, first, last, dimension, group, stage, p.count, minutes(p.median), minutes(p.p75),
                    minutes(p.p90))

        for stage, p in f.times.overall.stages.items():
            yield row("all", "", stage.value, p)
        for g in f.times.lanes:
            for stage, p in g.stages.items():
                yield row("lane", g.key, stage.value, p)
        for agency, stages in f.agency_times.items():
            for stage, p in stages.items():
                yield row("agency", agency.value, f"agency_{stage.value}", p)
        for g in f.times.bcps:
            yield row("bcp", g.key, Stage.TOTAL.value, g.stages[Stage.TOTAL])
        for point in f.times.trend:
            yield row(f.times.bucket, point.start.isoformat(), Stage.TOTAL.value, point.total)

