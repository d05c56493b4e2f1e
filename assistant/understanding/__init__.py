"""Understanding free Chinese or English text about a company: intent, facts and their source words."""
