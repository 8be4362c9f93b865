"""sahelkg: a knowledge-graph builder for Sahel–Libya security relations."""

__version__ = "0.1.0"
