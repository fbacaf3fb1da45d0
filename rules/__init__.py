"""Declarative rule data shipped with ocrfix (TOML files); code lives in ``ocrfix``."""
