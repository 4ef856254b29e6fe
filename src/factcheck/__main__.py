"""``factcheck`` / ``python -m factcheck``: the desktop app, or a headless subcommand.

Qt is imported only when the app is opened, so scripts never pay for it.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from factcheck import cli

    args = cli.parse(sys.argv[1:] if argv is None else argv)
    if args.self_test:  # the packaged app's smoke test
        from factcheck.ui.selftest import run_self_test

        return run_self_test()
    try:
        if args.command == "gui":
            from factcheck.ui.app import run_app

            return run_app(db=args.db, file=args.file)
        _exit_cleanly_on_termination()
        if args.command == "export" and args.fmt == "pdf":
            # Only the PDF needs Qt (QTextDocument and QPdfWriter, offscreen).
            from factcheck.ui.pdf_export import render_pdf

            cli.pdf_renderer = render_pdf
        return cli.run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `factcheck annotations 1 | head`
        return 0
    except Exception as exc:
        return cli.fail_unexpected(exc)


def _exit_cleanly_on_termination() -> None:
    """SIGTERM and SIGHUP end a headless command as Ctrl+C does: through the cleanup
    (an export's temporary file is removed, a transaction rolled back)."""
    import signal

    def stop(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None:
            signal.signal(number, stop)


if __name__ == "__main__":
    sys.exit(main())
