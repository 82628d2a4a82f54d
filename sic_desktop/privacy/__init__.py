"""Data protection (DSGVO) on top of the core: no Qt, used by the window and the command line.

- ``review``: the Datenschutz-Prüfliste (old consent, no recent contact, no legal
  basis) and keep decisions with a reason.
- ``access_request``: everything stored about a person (Art. 15) as JSON and PDF.
- ``erasure``: delete or anonymise a person (Art. 17) so that no copy stays in the
  data folder, and say which backups still hold the person.
- ``history_export``: the change history of a record as rows, CSV, and pruning.
"""
