"""Where postings come from: fetching over HTTP like a good citizen, and finding postings in listings and feeds.

No ORM here: callers pass what they know (validators from the last run) and get values back.
"""

from .discovery import FeedEntry, FeedError, feed_entries, listing_links
from .folder import FolderMissing, folder_documents
from .http import FetchError, FetchResult, HostPoliteness, ResponseTooLarge, TooManyRedirects, fetch

__all__ = [
    "FeedEntry",
    "FeedError",
    "FetchError",
    "FetchResult",
    "FolderMissing",
    "HostPoliteness",
    "ResponseTooLarge",
    "TooManyRedirects",
    "feed_entries",
    "fetch",
    "folder_documents",
    "listing_links",
]
