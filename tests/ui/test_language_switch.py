"""A test that switches the window's language (the ``language`` fixture) leaves the application's
translators as it found them: else Qt's buttons in later tests depend on which tests ran before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from sic_desktop.core.record_ref import RecordType
from tests.ui.languages import speaking


def what_the_application_says(app: QCoreApplication) -> tuple[object, ...]:
    """The translators it holds, Qt's word for a cancel button, our menu, the locale and a core text."""
    return (len(app.findChildren(QTranslator)), QCoreApplication.translate("QPlatformTheme", "Cancel"),
            QCoreApplication.translate("Commands", "&Datei"), QLocale().name(), RecordType.PERSON.plural)


@pytest.mark.parametrize("language", ["de", "en"])
def test_switching_the_language_leaves_the_translators_as_found(qapp, language: str) -> None:
    before = what_the_application_says(qapp)
    with speaking(qapp, language):
        during = what_the_application_says(qapp)
        assert during[1] == ("Abbrechen" if language == "de" else "Cancel")
    assert what_the_application_says(qapp) == before
