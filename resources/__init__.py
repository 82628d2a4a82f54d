"""Data files shipped with the program (fonts, translations, icons), read via importlib.resources."""
