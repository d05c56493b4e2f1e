"""What the page offers to click for a policy: example questions and an example company,
read from ``data/examples/<policy id>.yaml`` (a policy without that file gets none)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from assistant.profile import CompanyProfile, ProfileError, parse_profile
from kg.store import BUNDLED_POLICIES

EXAMPLES_DIR = BUNDLED_POLICIES.parent / "examples"


class ExamplesError(ValueError):
    """An examples file that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class PolicyExamples:
    questions: tuple[str, ...] = ()
    profile: CompanyProfile = field(default_factory=CompanyProfile)


def load_examples(policy_id: str, folder: Path = EXAMPLES_DIR) -> PolicyExamples:
    path = folder / f"{policy_id}.yaml"
    if not path.is_file():
        return PolicyExamples()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise ExamplesError(f"{path}: cannot read the examples ({error})") from error
    if not isinstance(data, dict):
        raise ExamplesError(f"{path}: expected a mapping with 'questions' and 'profile'")
    questions = data.get("questions") or []
    if not isinstance(questions, list) or not all(isinstance(q, str) and q.strip() for q in questions):
        raise ExamplesError(f"{path}: 'questions' must be a list of non-empty texts")
    try:
        profile = parse_profile(data.get("profile") or {}, f"{path}: profile")
    except ProfileError as error:
        raise ExamplesError(str(error)) from error
    return PolicyExamples(tuple(questions), profile)
