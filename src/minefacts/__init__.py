"""minefacts: exact, citable facts about Japan's record under the Ottawa Convention."""

__version__ = "3.0.0"
