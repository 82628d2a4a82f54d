"""The window's Wirkungsmessung: the „Wirkung“ tab of a cooperation and the portfolio page."""
