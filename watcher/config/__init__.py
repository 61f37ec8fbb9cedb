"""Declarative configuration → typed objects, with every problem named by file and line.

    sources.py   sources/*.toml → Source
    digests.py   digests/*.toml → DigestDef
    settings.py  every WATCHER_* environment variable and every default, read once
    _toml.py     reading TOML and finding the line of each table and key

Import the module you need (``from watcher.config.sources import load_sources``): this package
imports nothing itself, so a command pays only for what it reads.
"""
