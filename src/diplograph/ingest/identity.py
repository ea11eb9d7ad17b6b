"""Stable article identity: the URL when known, else a hash of the stored text."""

from __future__ import annotations

import hashlib

__all__ = ["article_id", "content_hash"]


def content_hash(text: str) -> str:
    """Hex SHA-256 of the UTF-8 encoded text (exactly as stored, no normalisation)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_id(url: str | None, text: str) -> str:
    """``url`` (stripped) if non-empty, else ``"sha256:" + content_hash(text)``."""
    if url is not None and url.strip():
        return url.strip()
    return "sha256:" + content_hash(text)
