"""The role as advertised and its category."""

from .categories import categorize
from .strategies import STRATEGIES, find_role, title_over_sections
from .titles import normalize_title

__all__ = ["STRATEGIES", "categorize", "find_role", "normalize_title", "title_over_sections"]
