"""``python -m inspector`` and the frozen build's entry point."""

import sys

from inspector.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
