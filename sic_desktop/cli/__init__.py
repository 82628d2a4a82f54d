"""The sic-desktop command."""

def main() -> int:
    return 0
