"""One exception root for everything watcher raises on purpose.

    WatcherError
    ├── ConfigError        a sources/*.toml or digests/*.toml problem (carries file and line)
    │   └── RulesError     the classifier's rules file (watcher/rules/classifier.toml): no item
    │                      can be classified, so a poll stops before any source is charged
    ├── SourceError        something went wrong with one source (carries the source id)
    │   ├── FetchError     the transport failed or the server said no
    │   └── ParseError     the server answered, but the body is not what the source's kind expects
    ├── StorageError       the archive could not be opened or written
    │   ├── LockedError    another watcher run holds the archive's lock
    │   └── ModelError     a classifier model file that cannot be used (watcher.classify.modelfile)
    ├── QueryError         a search query, filter or date that cannot be used (watcher.search)
    ├── DigestError        a digest issue that cannot be built (watcher.digest)
    ├── SiteError          the static site could not be built (watcher.site)
    └── DeliveryError      a digest could not be delivered (watcher.mail)

Foreign exceptions (httpx, sqlite3, tomllib, ...) are translated at the boundary with
``raise ... from e`` so the cause stays attached.
"""

from __future__ import annotations


class WatcherError(Exception):
    """Root of every error watcher raises on purpose."""


class ConfigError(WatcherError):
    def __init__(self, message: str, *, file: str | None = None, line: int | None = None) -> None:
        self.file = file
        self.line = line
        self.message = message
        where = file or ""
        if file and line:
            where = f"{file}:{line}"
        super().__init__(f"{where}: {message}" if where else message)

    def __reduce__(self) -> tuple[object, ...]:  # picklable across worker processes
        return (_rebuild, (type(self), (self.message,), {"file": self.file, "line": self.line}))


class RulesError(ConfigError):
    pass


class SourceError(WatcherError):
    def __init__(self, source_id: str, message: str) -> None:
        self.source_id = source_id
        self.message = message
        super().__init__(f"{source_id}: {message}")

    def __reduce__(self) -> tuple[object, ...]:  # parse errors come back from worker processes
        extra = {k: v for k, v in vars(self).items() if k not in ("source_id", "message")}
        return (_rebuild, (type(self), (self.source_id, self.message), extra))


class FetchError(SourceError):
    def __init__(
        self,
        source_id: str,
        message: str,
        *,
        status: int | None = None,
        retry_after: float | None = None,
        transient: bool = False,
    ) -> None:
        self.status = status
        self.retry_after = retry_after
        self.transient = transient
        super().__init__(source_id, message)


class ParseError(SourceError):
    pass


class StorageError(WatcherError):
    pass


class LockedError(StorageError):
    pass


class ModelError(StorageError):
    pass


class QueryError(WatcherError):
    pass


class DigestError(WatcherError):
    pass


class SiteError(WatcherError):
    pass


class DeliveryError(WatcherError):
    pass


def _rebuild(
    cls: type[WatcherError], args: tuple[object, ...], kwargs: dict[str, object]
) -> WatcherError:
    return cls(*args, **kwargs)
