"""The Datenschutz review list names each contact's organisations: a renamed one shows at once."""

from __future__ import annotations

from sic_desktop.ui.privacy.review_page import ReviewPage


def test_a_renamed_organisation_shows_in_the_open_review_list(qtbot, window, ctx, subject, settle) -> None:
    page = window.go_to("privacy")
    assert isinstance(page, ReviewPage)

    def shown() -> str:
        row = page.model.row_of(subject.person.id)
        return "" if row is None else page.model.item_at(row).organisations

    qtbot.waitUntil(lambda: "Quartiersinitiative Marten" in shown())
    qtbot.waitUntil(lambda: not page._timer.isActive())  # the reload on showing the page has started …
    settle()  # … and shown its list: only the change notice can bring the new name
    organisation = subject.organisation
    organisation.name = "Nachbarschaftsverein Marten e.V."
    ctx.ops.write(None, lambda ws: ws.organisations.update(organisation)).run()
    qtbot.waitUntil(lambda: "Nachbarschaftsverein Marten" in shown())
