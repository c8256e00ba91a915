"""``python -m tests.bench``: run every benchmark and print its figures."""

from __future__ import annotations

from tests.bench import (
    bench_cli,
    bench_client,
    bench_escpos,
    bench_history,
    bench_issue,
    bench_receipts,
    bench_receiver_pg,
    bench_settlement,
    bench_startup,
    bench_summary,
    bench_sync,
    bench_webhook,
)


def main() -> None:
    bench_startup.run()
    bench_cli.run()
    bench_client.run()
    bench_issue.run()
    bench_history.run()
    bench_summary.run()
    bench_receipts.run()
    bench_escpos.run()
    bench_settlement.run()
    bench_sync.run()
    bench_webhook.run()
    bench_receiver_pg.run()


if __name__ == "__main__":
    main()
