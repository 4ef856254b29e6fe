"""Test set-up shared by every suite: offscreen Qt, a private home, shared fixtures."""

import os

# Before anything imports Qt: no screen is needed, on CI or on a laptop.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["tests.helpers.fixtures", "tests.helpers.postgres"]
