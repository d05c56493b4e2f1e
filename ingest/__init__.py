"""Turn a policy document into clauses and provisions, each with its exact span."""
