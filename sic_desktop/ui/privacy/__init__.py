"""The window's data-protection screens: the Datenschutz-Prüfliste, erasure, access request, history."""
