"""``python -m tests.bench``: run every benchmark and print its figures."""

from __future__ import annotations

from tests.bench import bench_client


def main() -> None:
    bench_client.run()


if __name__ == "__main__":
    main()
