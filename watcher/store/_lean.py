"""sqlite-utils, imported without numpy and pandas.

sqlite-utils imports numpy and pandas when they are installed, only to accept their values in
inserts, which watcher never makes. scikit-learn (for `watcher train`) brings numpy, whose
import alone would add about 70 ms to every command that opens the archive. Hiding them while
sqlite-utils is imported keeps start-up lean; they import normally afterwards.
"""

from __future__ import annotations

import sys

_HIDDEN = [name for name in ("numpy", "pandas") if name not in sys.modules]
for _name in _HIDDEN:
    sys.modules[_name] = None  # type: ignore[assignment]  # makes `import numpy` fail at once
try:
    import sqlite_utils
finally:
    for _name in _HIDDEN:
        del sys.modules[_name]

__all__ = ["sqlite_utils"]
