"""The FastAPI application: SPARQL 1.1 Protocol endpoint and the REST API over the graph."""
