"""The one error every SPARQL surface reports (re-exported as :class:`kg.query.QueryError`)."""

from __future__ import annotations


class QueryError(Exception):
    """A SPARQL query was refused or failed; the message says why."""
