"""The Wirkungsbericht: a cooperation's or a theme field's impact for a committee, after the
Social Reporting Standard (see docs/wirkung.md)."""

from sic_desktop.reports.impact.cooperation_report import cooperation_report
from sic_desktop.reports.impact.theme_report import theme_report

__all__ = ["cooperation_report", "theme_report"]
