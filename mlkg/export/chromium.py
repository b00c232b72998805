"""How mlkg drives Debian's Chromium headless (the browser tests and the screenshot script).

The flags keep Chromium from reaching out to the network on start (this machine and CI have
none, and a page that opens offline must be tested offline) and from needing a sandbox as
root.
"""

from __future__ import annotations

from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
