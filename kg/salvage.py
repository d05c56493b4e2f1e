"""Never all-or-nothing: a policy whose graph fails the shapes only in some provisions is kept
without them, each left out with a warning that names its clause, its quote and what is wrong."""

from __future__ import annotations

from dataclasses import replace

from ingest.model import IngestedPolicy
from kg.validate import ValidationReport

QUOTE_SHOWN = 60
"""How much of a left-out provision's quote its warning repeats."""


def without_failing_provisions(policy: IngestedPolicy, report: ValidationReport) -> IngestedPolicy | None:
    """``policy`` less the provisions ``report`` faults, each named in a warning (the conditions
    that governed them no longer do); None when a violation is not about a provision (the policy
    itself, a clause): then nothing can be kept."""
    if report.conforms:
        return policy
    if any(violation.provision_id is None for violation in report.violations):
        return None
    failing: dict[str, list[str]] = {}
    for violation in report.violations:
        failing.setdefault(str(violation.provision_id), []).append(
            f"{violation.message}" + (f" ({violation.path}: {violation.value})" if violation.value else ""))
    warnings = []
    for provision in policy.provisions:
        if provision.id in failing:
            quote = provision.quote if len(provision.quote) <= QUOTE_SHOWN else provision.quote[:QUOTE_SHOWN] + "…"
            warnings.append(f"provision {provision.id} 〔{''.join(provision.clause_path)}〕 left out "
                            f"({'; '.join(failing[provision.id])}): “{quote}”")
    kept = tuple(replace(provision, governs=tuple(g for g in provision.governs if g not in failing))
                 for provision in policy.provisions if provision.id not in failing)
    return replace(policy, provisions=kept, warnings=(*policy.warnings, *warnings))
