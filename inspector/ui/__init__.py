"""The PySide6 desktop application. Thin: every change goes through a core service."""
