"""RDF vocabulary, mapping of extracted records to RDF, stores, exports and graph analytics."""
