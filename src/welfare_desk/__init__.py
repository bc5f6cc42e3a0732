"""Welfare Desk: the books of a Thai community welfare fund (กองทุนสวัสดิการชุมชน)."""

__version__ = "0.1.0"
