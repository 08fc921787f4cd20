"""feedtool: generate and validate Atom 1.0 and RSS 2.0 feeds with correct Dutch language metadata."""

__version__ = "0.1.0"
