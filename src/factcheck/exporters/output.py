"""Writing an export so that it is whole or absent, never a lie.

Everything goes to a temporary file beside the target, is flushed to disk and
checked, then renamed over the target. A full disk, a read-only folder or a
renderer that silently wrote nothing ends in one clear error and no leftover.
Only regular files are ever replaced: ``-o /dev/null`` must not turn a device
into a file (standard output is ``-o -``).
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from factcheck.domain.text import os_text
from factcheck.errors import EnvironmentProblem, UserInputError

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the disk is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EIO: "the disk reported an input/output error",
}


def checked_target(target: Path, protected: Iterable[Path] = ()) -> Path:
    """The file an export may replace, or a one-line refusal. Follows a link to a file.

    ``protected`` files (the open database and its journal) are never replaced.
    """
    shown = os_text(str(target))
    real = Path(os.path.realpath(target))
    if any(real == Path(os.path.realpath(p)) for p in protected):
        raise UserInputError(f"{shown} is the database itself; choose another file")
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise UserInputError(f"cannot write {shown}: {exc.strerror}") from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise UserInputError(f"{shown} is a folder; give a file name")
        if not stat.S_ISREG(info.st_mode):
            raise UserInputError(
                f"{shown} is not a regular file (a device, pipe or socket); refusing to "
                "replace it (use -o - for standard output)"
            )
        target = Path(os.path.realpath(target))  # replace the file a link points at
    if not target.parent.is_dir():
        raise UserInputError(f"the folder {os_text(str(target.parent))} does not exist")
    return target


def write_atomically(
    target: Path,
    produce: Callable[[Path], object],
    check: Callable[[Path], str | None] | None = None,
    protected: Iterable[Path] = (),
) -> Path:
    """Let ``produce`` write a temporary file, check it, and move it over ``target``.

    ``check`` returns what is wrong with the written file, or None. Returns the path
    written (the real file when ``target`` is a link).
    """
    final = checked_target(target, protected)
    shown = os_text(final.name)
    try:
        fd, temporary = tempfile.mkstemp(
            prefix=f".{final.name[:100]}.", suffix=".part", dir=final.parent
        )
    except OSError as exc:
        raise _problem(shown, exc) from None
    os.close(fd)
    partial = Path(temporary)
    try:
        produce(partial)
        if check is not None:
            problem = check(partial)
        elif partial.stat().st_size == 0:
            problem = "nothing was written (is the disk full?)"
        else:
            problem = None
        if problem:
            raise EnvironmentProblem(f"cannot write {shown}: {problem}")
        _fsync(partial)
        if final.exists():
            # Keep the permissions of the report being replaced, as an editor would.
            os.chmod(partial, stat.S_IMODE(os.stat(final).st_mode))
        else:
            os.chmod(partial, 0o666 & ~_UMASK)
        os.replace(partial, final)
    except OSError as exc:
        raise _problem(shown, exc) from None
    finally:
        partial.unlink(missing_ok=True)
    return final


def write_bytes_atomically(target: Path, data: bytes, protected: Iterable[Path] = ()) -> Path:
    def produce(path: Path) -> None:
        with open(path, "wb") as handle:
            handle.write(data)

    def check(path: Path) -> str | None:
        size = path.stat().st_size
        return None if size == len(data) else f"only {size} of {len(data)} bytes were written"

    return write_atomically(target, produce, check, protected)


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _read_umask() -> int:
    # os.umask can only be read by setting it: do it once, at import, not in a worker.
    current = os.umask(0o022)
    os.umask(current)
    return current


_UMASK = _read_umask()


def _problem(shown: str, exc: OSError) -> EnvironmentProblem:
    reason = _REASONS.get(exc.errno or 0) or exc.strerror or str(exc)
    return EnvironmentProblem(f"cannot write {shown}: {reason}")


def check_pdf(path: Path) -> str | None:
    """What is wrong with a PDF the renderer says it wrote, or None."""
    with open(path, "rb") as handle:
        head = handle.read(5)
        handle.seek(max(0, path.stat().st_size - 1024))
        tail = handle.read()
    if not head:
        return "nothing was written (is the disk full?)"
    if head != b"%PDF-" or b"%%EOF" not in tail:
        return "the PDF was cut short (is the disk full?)"
    return None
