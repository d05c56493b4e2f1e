"""A JSON web API for other systems (``policykg api``): eligibility, ask, search, provisions
and SPARQL over the same functions as the command line, with body-size and per-client rate
limits. :func:`api.app.create_app` builds it; nothing is done at import time."""
