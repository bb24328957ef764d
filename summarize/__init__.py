"""summarize: Hindi news articles in, bilingual Hindi-English briefs out."""

__version__ = "0.1.0"
