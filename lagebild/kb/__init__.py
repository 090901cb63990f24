"""The knowledge base: countries, organisations and people with dated roles."""
