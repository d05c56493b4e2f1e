"""Build, validate, store and query the policy knowledge graph."""
