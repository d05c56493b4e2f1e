"""The pitch sheet: one bilingual A4 page a promotion officer hands to a prospective company.

- :mod:`~assistant.pitch.model` — the sheet's values; :mod:`~assistant.pitch.build` — from the engine's result;
- :mod:`~assistant.pitch.own_items` — measures named by what the company holds;
- :mod:`~assistant.pitch.timeline` — payments by year; :mod:`~assistant.pitch.issuer` — who hands it out;
- :mod:`~assistant.pitch.page` (HTML for the PDF, with :mod:`~assistant.pitch.chart`) and
  :mod:`~assistant.pitch.markdown`; :mod:`~assistant.pitch.whole` keeps amounts unbroken."""

from assistant.pitch.build import pitch_sheet
from assistant.pitch.issuer import Issuer, IssuerError, read_issuer, read_logo
from assistant.pitch.markdown import pitch_markdown
from assistant.pitch.model import CouldAddLine, Payment, PitchLine, PitchSheet
from assistant.pitch.page import pitch_html

__all__ = ["CouldAddLine", "Issuer", "IssuerError", "Payment", "PitchLine", "PitchSheet", "pitch_html",
           "pitch_markdown", "pitch_sheet", "read_issuer", "read_logo"]
