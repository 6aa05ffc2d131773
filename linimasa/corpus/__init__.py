"""The corpus layer: near-duplicate articles, cross-article event merging, timelines."""
from __future__ import annotations

from .merge import MergedEvent, MentionRecord, merge_mentions, mentions_from_document
from .timeline import TimelineFilter, build_timeline, timeline_entry

__all__ = ["MergedEvent", "MentionRecord", "merge_mentions", "mentions_from_document",
           "TimelineFilter", "build_timeline", "timeline_entry"]
