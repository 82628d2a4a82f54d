"""The Workspace: one open data folder and every service on it.

Like Anki's Collection, it is the one object the window, the command line and the
tests hold; they never see SQL. Open it with ``Workspace.open(folder)`` and close it
(or use ``with``) so that the WAL is checkpointed into the database file.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, Literal, overload

from sic_desktop.core.batch import Batch, open_batch
from sic_desktop.core.lazy_service import LazyService
from sic_desktop.core.paths import DataFolder, resolve_data_folder
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.attachments import AttachmentService
from sic_desktop.core.services.storage_state import StorageState
from sic_desktop.core.services.titles import titles
from sic_desktop.core.settings import FORMER_PRIVACY_PERIODS, Settings
from sic_desktop.core.storage.changes import Initiator, Listener
from sic_desktop.core.storage.database import Database
from sic_desktop.core.storage.opening import BeforeMigration, open_database
from sic_desktop.core.storage.recovery import refuse_lost_database
from sic_desktop.core.storage.server_address import resolve_server
from sic_desktop.core.user_identity import current_user

if TYPE_CHECKING:  # the services load when first used (see the class attributes), the record classes with them
    from sic_desktop.core.models import Record
    from sic_desktop.core.services.change_history import HistoryService
    from sic_desktop.core.services.contact_keys import ContactKeys
    from sic_desktop.core.services.cooperations import CooperationService
    from sic_desktop.core.services.deletion_rules import DeletionRuleService
    from sic_desktop.core.services.duplicates import DuplicateService
    from sic_desktop.core.services.followups import FollowUpService
    from sic_desktop.core.services.impact import ImpactService
    from sic_desktop.core.services.impact_followups import ImpactFollowUps
    from sic_desktop.core.services.impact_records import IndicatorService, MeasurementService
    from sic_desktop.core.services.import_mappings import ImportMappingService
    from sic_desktop.core.services.keep_decisions import KeepDecisionService
    from sic_desktop.core.services.links import LinkService
    from sic_desktop.core.services.map_positions import MapPositionService
    from sic_desktop.core.services.mentions import MentionService
    from sic_desktop.core.services.network import NetworkService
    from sic_desktop.core.services.notes import NoteService
    from sic_desktop.core.services.organisations import OrganisationService
    from sic_desktop.core.services.persons import PersonService
    from sic_desktop.core.services.privacy_log import PrivacyLogService
    from sic_desktop.core.services.privacy_settings import PrivacySettingService
    from sic_desktop.core.services.record_service import RecordService
    from sic_desktop.core.services.saved_searches import SavedSearchService
    from sic_desktop.core.services.search_synonyms import SearchSynonymService
    from sic_desktop.core.services.suggestions import SuggestionService
    from sic_desktop.core.services.tags import TagService
    from sic_desktop.core.services.themes import ThemeService
    from sic_desktop.core.services.trash import TrashService

# Called after an erasure (Art. 17 DSGVO) with the refs of the erased and changed
# records; removes every copy it keeps outside the database (the search index).
Purger = Callable[[set[RecordRef]], None]

# The Workspace attribute of each record type's service.
_RECORD_SERVICES = {
    RecordType.ORGANISATION: "organisations",
    RecordType.PERSON: "persons",
    RecordType.COOPERATION: "cooperations",
    RecordType.NOTE: "notes",
    RecordType.FOLLOWUP: "followups",
    RecordType.THEME: "themes",
    RecordType.INDICATOR: "indicators",
    RecordType.MEASUREMENT: "measurements",
}


class Workspace:
    # Made on first use (``core.lazy_service``): a start loads only the services the first page reads.
    history: LazyService[HistoryService] = LazyService("change_history", "HistoryService")
    tags: LazyService[TagService] = LazyService("tags", "TagService")
    themes: LazyService[ThemeService] = LazyService("themes", "ThemeService")
    organisations: LazyService[OrganisationService] = LazyService("organisations", "OrganisationService")
    persons: LazyService[PersonService] = LazyService("persons", "PersonService")
    cooperations: LazyService[CooperationService] = LazyService("cooperations", "CooperationService")
    notes: LazyService[NoteService] = LazyService("notes", "NoteService")
    followups: LazyService[FollowUpService] = LazyService("followups", "FollowUpService")
    trash: LazyService[TrashService] = LazyService("trash", "TrashService")
    links: LazyService[LinkService] = LazyService("links", "LinkService")
    network: LazyService[NetworkService] = LazyService("network", "NetworkService")
    map_positions: LazyService[MapPositionService] = LazyService("map_positions", "MapPositionService")
    keep_decisions: LazyService[KeepDecisionService] = LazyService("keep_decisions", "KeepDecisionService")
    mentions: LazyService[MentionService] = LazyService("mentions", "MentionService")
    import_mappings: LazyService[ImportMappingService] = LazyService("import_mappings", "ImportMappingService")
    duplicates: LazyService[DuplicateService] = LazyService("duplicates", "DuplicateService")
    saved_searches: LazyService[SavedSearchService] = LazyService("saved_searches", "SavedSearchService")
    deletion_rules: LazyService[DeletionRuleService] = LazyService("deletion_rules", "DeletionRuleService")
    privacy_settings: LazyService[PrivacySettingService] = LazyService("privacy_settings", "PrivacySettingService")
    privacy_log: LazyService[PrivacyLogService] = LazyService("privacy_log", "PrivacyLogService")
    indicators: LazyService[IndicatorService] = LazyService("impact_records", "IndicatorService")
    measurements: LazyService[MeasurementService] = LazyService("impact_records", "MeasurementService")
    impact: LazyService[ImpactService] = LazyService("impact", "ImpactService")
    impact_followups: LazyService[ImpactFollowUps] = LazyService("impact_followups", "ImpactFollowUps")
    suggestions: LazyService[SuggestionService] = LazyService("suggestions", "SuggestionService")
    search_synonyms: LazyService[SearchSynonymService] = LazyService("search_synonyms", "SearchSynonymService")
    contact_keys: LazyService[ContactKeys] = LazyService("contact_keys", "ContactKeys")

    def __init__(self, folder: DataFolder, database: Database, *, user: str | None = None) -> None:
        self.folder = folder
        self.database = database  # the core's own: elsewhere ``storage``, ``batch()`` and the services
        self.storage = StorageState(database)
        self.user = user or current_user()
        self.settings = Settings.load(folder.settings_file)
        self._purgers: list[Purger] = []
        self._closers: list[Callable[[], None]] = []
        self.attachments = AttachmentService(self)  # made now: it follows every commit

    @classmethod
    def open(
        cls,
        folder: DataFolder | str | os.PathLike[str] | None = None,
        *,
        user: str | None = None,
        before_migration: BeforeMigration | None = None,
        server: str | None = None,
        local: bool = False,
    ) -> Workspace:
        """Open the data folder (created if new); an older database is copied aside, then migrated.

        With ``server`` (``postgresql://user@host:port/db``, or ``SIC_DESKTOP_SERVER``) the records live on the team server;
        the data folder keeps this PC's settings and search index. ``local=True`` opens the folder's own file even
        when a team server is chosen (moving data between the two).
        """
        if not isinstance(folder, DataFolder):
            folder = resolve_data_folder(folder)
        folder.ensure()
        server = None if local else resolve_server(server)
        if server:
            from sic_desktop.core.storage.postgres import open_server  # psycopg only for a team server

            server_database = open_server(server)
            # Every change records who made it: on the server, the database login (IT gives one per person).
            return cls(folder, server_database, user=user or server_database.login_user)
        refuse_lost_database(folder, Settings.load(folder.settings_file))
        database = open_database(folder.database, before_migration=before_migration or _backup_before_migration(folder))
        workspace = cls(folder, database, user=user)
        # Once: the periods left settings.json. A write-protected folder opens to be read, as it is.
        if database.read_only is None and any(key in workspace.settings.extra for key in FORMER_PRIVACY_PERIODS):
            try:
                workspace.privacy_settings.take_over_local(workspace.settings)
            except BaseException:
                workspace.close()
                raise
        return workspace

    def save_settings(self) -> None:
        self.settings.save(self.folder.settings_file)

    # Overloads: a caller that names the type gets its service (and records) typed.
    @overload
    def service(self, record_type: Literal[RecordType.ORGANISATION]) -> OrganisationService: ...
    @overload
    def service(self, record_type: Literal[RecordType.PERSON]) -> PersonService: ...
    @overload
    def service(self, record_type: Literal[RecordType.COOPERATION]) -> CooperationService: ...
    @overload
    def service(self, record_type: Literal[RecordType.NOTE]) -> NoteService: ...
    @overload
    def service(self, record_type: Literal[RecordType.FOLLOWUP]) -> FollowUpService: ...
    @overload
    def service(self, record_type: Literal[RecordType.THEME]) -> ThemeService: ...
    @overload
    def service(self, record_type: Literal[RecordType.INDICATOR]) -> IndicatorService: ...
    @overload
    def service(self, record_type: Literal[RecordType.MEASUREMENT]) -> MeasurementService: ...
    @overload
    def service(self, record_type: RecordType) -> RecordService[Record]: ...
    def service(self, record_type: RecordType) -> RecordService[Any]:
        service: RecordService[Any] = getattr(self, _RECORD_SERVICES[record_type])
        return service

    def get(self, ref: RecordRef) -> Record:
        return self.service(ref.type).get(ref.id)

    def titles(self, refs: list[RecordRef], *, include_trashed: bool = False) -> dict[RecordRef, str]:
        return titles(self.database, refs, include_trashed=include_trashed)

    def batch(self) -> AbstractContextManager[Batch]:
        """One transaction for several service calls outside the core: all stored or none (see ``core.batch``)."""
        return open_batch(self.database)

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(ChangeSet)`` after every committed change; returns an unsubscribe function."""
        return self.database.subscribe(listener)

    def release_thread(self) -> None:
        """Close the calling thread's database connection: a worker thread calls it when it ends
        (``core.background.Lane``)."""
        self.database.release_thread()

    def initiated_by(self, initiator: Initiator) -> AbstractContextManager[None]:
        """``with ws.initiated_by(editor.initiator): ws.notes.update(note)``: the change notice of
        these writes names ``initiator``, so the editor that saved need not reload its own save."""
        return self.database.initiated_by(initiator)

    def add_purger(self, purger: Purger) -> Callable[[], None]:
        """Register a copy of the data to be cleaned after an erasure; returns an unregister function."""
        self._purgers.append(purger)
        return lambda: self._purgers.remove(purger)

    @property
    def purgers(self) -> tuple[Purger, ...]:
        return tuple(self._purgers)

    def is_empty(self) -> bool:
        """True for a fresh data folder: offer the demo data."""
        return all(
            self.service(t).count() == 0
            for t in (RecordType.ORGANISATION, RecordType.PERSON, RecordType.NOTE, RecordType.COOPERATION)
        )

    def add_closer(self, closer: Callable[[], None]) -> None:
        """Run ``closer`` when the workspace closes, before its database (e.g. a search
        index that follows its commits)."""
        self._closers.append(closer)

    def close(self) -> None:
        for closer in reversed(self._closers):
            closer()
        self._closers.clear()
        self.database.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _backup_before_migration(folder: DataFolder) -> BeforeMigration:
    """``backups.before_migration``, loaded only when a migration runs: an up-to-date file opens without it."""

    def copy(database: Database, old_version: int) -> None:
        from sic_desktop.core import backups

        backups.before_migration(folder)(database, old_version)

    return copy
