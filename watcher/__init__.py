"""watcher: keep people informed about workplace AI monitoring and its regulation."""

__version__ = "0.1.0"
