"""Test-suite settings.

Hypothesis runs derandomized by default (profile ``ci``): the same examples every run,
so a red build means a change broke something, not that the dice found a new page.
Explore with fresh random examples locally: ``HYPOTHESIS_PROFILE=explore pytest``.
"""
import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("explore", derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
