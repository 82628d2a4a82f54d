"""The index's background rebuild runs on a worker thread of its own that closes its database
connection when it ends."""

from __future__ import annotations

import threading

from sic_desktop.search import SearchService, SearchState

from .conftest import Network, found


def test_the_background_rebuild_ends_and_leaves_no_connection_open(network: Network) -> None:
    network.ws.organisations.count()  # this thread's own connection stays
    before = network.ws.database.open_connections
    rebuilt_in: list[threading.Thread] = []
    with SearchService(network.ws, auto_rebuild=True) as service:
        real = service.ensure_current

        def ensure_current():
            rebuilt_in.append(threading.current_thread())
            return (yield from real())

        service.ensure_current = ensure_current  # type: ignore[method-assign]
        service.start_background()
        service.wait_for_background()

        assert service.state is SearchState.READY and found(service, "Sonnenblume")
        assert rebuilt_in and rebuilt_in[0] is not threading.current_thread() and not rebuilt_in[0].is_alive()
        assert network.ws.database.open_connections == before
