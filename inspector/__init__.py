"""BCP Inspector: joint inspections at land border crossing points.

The core (everything outside ``inspector.ui``) never imports Qt.
"""

__version__ = "0.1.0"
