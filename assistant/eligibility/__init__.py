"""The deterministic eligibility engine: ``evaluate(profile, as_of, graph)``."""

from assistant.eligibility.engine import evaluate, policy_status
from assistant.eligibility.result import EligibilityResult
from assistant.eligibility.rules import PolicyRules, rules_from_graph, rules_from_record

__all__ = ["EligibilityResult", "PolicyRules", "evaluate", "policy_status", "rules_from_graph",
           "rules_from_record"]
