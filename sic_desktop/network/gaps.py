"""The gap matrix: for each theme field and sector, how many running cooperations have a partner of that sector.

A cell counts active cooperations (``ACTIVE_STATUSES``, Idee to Verstetigt) of the
theme field with at least one partner organisation of the sector, and the distinct
organisations of the sector in them. Persons taking part on their own are not
counted: a sector belongs to an organisation. An empty cell is a gap („kein
Partner aus der Wissenschaft in Work & Care“); its ``candidates`` are the
organisations of that sector that carry the theme field yet are in none of them:
the first people to call.
"""

from __future__ import annotations

from dataclasses import dataclass

from sic_desktop.core.i18n import QT_TRANSLATE_NOOP, counted, translate
from sic_desktop.core.services.network import NetworkSnapshot
from sic_desktop.core.vocab import ACTIVE_STATUSES, SECTORS

_GAP_TEXT = {
    "wirtschaft": QT_TRANSLATE_NOOP("Gaps", "kein Partner aus der Wirtschaft in {theme}"),
    "wissenschaft": QT_TRANSLATE_NOOP("Gaps", "kein Partner aus der Wissenschaft in {theme}"),
    "zivilgesellschaft": QT_TRANSLATE_NOOP("Gaps", "kein Partner aus der Zivilgesellschaft in {theme}"),
    "verwaltung": QT_TRANSLATE_NOOP("Gaps", "kein Partner aus der Verwaltung in {theme}"),
    "politik": QT_TRANSLATE_NOOP("Gaps", "kein Partner aus der Politik in {theme}"),
}


@dataclass(frozen=True)
class GapCell:
    theme_id: int
    theme: str
    sector: str
    cooperation_ids: tuple[int, ...]
    organisation_ids: tuple[int, ...]
    candidate_ids: tuple[int, ...]

    @property
    def cooperations(self) -> int:
        return len(self.cooperation_ids)

    @property
    def organisations(self) -> int:
        return len(self.organisation_ids)

    @property
    def is_gap(self) -> bool:
        return not self.cooperation_ids

    @property
    def gap_text(self) -> str:
        """„kein Partner aus der Wissenschaft in Work & Care“ (also for cells that are no gap)."""
        return translate("Gaps", _GAP_TEXT[self.sector]).format(theme=self.theme)


@dataclass(frozen=True)
class GapMatrix:
    themes: list[tuple[int, str]]  # rows, in the order they were created (the SIC's five first)
    sectors: tuple[str, ...]  # columns, in vocabulary order
    cells: dict[tuple[int, str], GapCell]

    def cell(self, theme_id: int, sector: str) -> GapCell:
        return self.cells[(theme_id, sector)]

    def gaps(self) -> list[GapCell]:
        return [self.cells[(t, s)] for t, _ in self.themes for s in self.sectors if self.cells[(t, s)].is_gap]

    def to_dict(self) -> dict:
        """Plain data for ``sic-desktop gaps --json``."""
        return {
            "statuses": list(ACTIVE_STATUSES),
            "themes": [{"id": t, "name": name} for t, name in self.themes],
            "sectors": [{"key": s, "label": SECTORS.label(s)} for s in self.sectors],
            "cells": [
                {
                    "theme_id": c.theme_id,
                    "theme": c.theme,
                    "sector": c.sector,
                    "cooperations": c.cooperations,
                    "organisations": c.organisations,
                    "candidates": len(c.candidate_ids),
                    "gap": c.is_gap,
                    "cooperation_ids": list(c.cooperation_ids),
                    "organisation_ids": list(c.organisation_ids),
                    "candidate_ids": list(c.candidate_ids),
                }
                for c in (self.cells[(t, s)] for t, _ in self.themes for s in self.sectors)
            ],
        }


def candidates_text(cell: GapCell) -> str:
    """„2 mögliche Partner“: organisations of the sector with the theme field, not yet in its cooperations."""
    return counted(
        len(cell.candidate_ids), translate("Gaps", "1 möglicher Partner"), translate("Gaps", "{count} mögliche Partner")
    )


def gap_matrix(snapshot: NetworkSnapshot) -> GapMatrix:
    themes = sorted(snapshot.themes.items())
    active = [c for c in snapshot.cooperations.values() if c.status in ACTIVE_STATUSES]
    cells: dict[tuple[int, str], GapCell] = {}
    for theme_id, theme in themes:
        in_theme = [c for c in active if theme_id in c.theme_ids]
        for sector in SECTORS.keys:
            coop_ids: list[int] = []
            org_ids: set[int] = set()
            for coop in in_theme:
                partners = {
                    p.organisation_id
                    for p in coop.partners
                    if p.organisation_id is not None and snapshot.organisations[p.organisation_id].sector == sector
                }
                if partners:
                    coop_ids.append(coop.id)
                    org_ids |= partners
            candidates = sorted(
                o.id
                for o in snapshot.organisations.values()
                if o.sector == sector and theme_id in o.theme_ids and o.id not in org_ids
            )
            cells[(theme_id, sector)] = GapCell(
                theme_id, theme, sector, tuple(sorted(coop_ids)), tuple(sorted(org_ids)), tuple(candidates)
            )
    return GapMatrix(themes, SECTORS.keys, cells)
