"""Read-only snapshots of a store, so queries can run while a build writes.

RocksDB (under pyoxigraph) must not be opened read-only while another process
writes it. So every write command ends by *publishing* a snapshot: a RocksDB
checkpoint (``Store.backup``: hard links to the immutable table files, made
in milliseconds) in ``.<store>.snapshots/<n>/`` next to the store, named in the
``CURRENT`` file (replaced atomically). Readers open the current snapshot; a
build that is still running, or was killed, never shows half-written.

A reader holds a shared ``flock`` on ``<n>.lock`` while it has the snapshot
open; publishing deletes older snapshots only when it can take that lock
exclusively, so no snapshot disappears under a reader. Locks die with their
process. Disk cost: table files that compaction replaced stay until no
snapshot links them.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import time
from pathlib import Path

import pyoxigraph as ox

CURRENT = "CURRENT"


def snapshot_dir(store_path: Path) -> Path:
    return store_path.parent / f".{store_path.name}.snapshots"


def publish(store: ox.Store, store_path: Path) -> Path:
    """Checkpoint ``store`` as the current snapshot; delete older ones no reader holds."""
    root = snapshot_dir(store_path)
    root.mkdir(exist_ok=True)
    name = f"{time.time_ns():020d}"
    target = root / name
    store.flush()
    store.backup(str(target))
    (root / f"{name}.lock").touch()
    tmp = root / f"{CURRENT}.{os.getpid()}.tmp"
    tmp.write_text(name + "\n", encoding="utf-8")
    os.replace(tmp, root / CURRENT)
    _prune(root, keep=name)
    return target


def _prune(root: Path, keep: str) -> None:
    for entry in root.iterdir():
        if not entry.is_dir() or entry.name == keep:
            continue
        lock = root / f"{entry.name}.lock"
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # a reader has it open
            os.close(fd)
            continue
        try:
            shutil.rmtree(entry, ignore_errors=True)
            lock.unlink(missing_ok=True)
        finally:
            os.close(fd)


def open_current(store_path: Path, attempts: int = 5) -> tuple[ox.Store, int] | None:
    """(the current snapshot opened read-only, the fd of its reader lock), or None if none exists."""
    root = snapshot_dir(store_path)
    for _ in range(attempts):
        try:
            name = (root / CURRENT).read_text(encoding="utf-8").strip()
        except OSError:
            return None
        lock = root / f"{name}.lock"
        try:
            fd = os.open(lock, os.O_RDONLY)
        except OSError:  # pruned between reading CURRENT and here: read it again
            continue
        fcntl.flock(fd, fcntl.LOCK_SH)
        if not lock.exists() or not (root / name).is_dir():
            os.close(fd)
            continue
        try:
            return ox.Store.read_only(str(root / name)), fd
        except OSError:
            os.close(fd)
            raise
    return None


def remove_all(store_path: Path) -> None:
    shutil.rmtree(snapshot_dir(store_path), ignore_errors=True)
