"""Graph stores: the GraphStore protocol, its backends, and ``open_store`` (see registry)."""
