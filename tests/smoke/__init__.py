"""Checks of the frozen build, run by .ci/run after ``make dist`` (never collected by pytest)."""
