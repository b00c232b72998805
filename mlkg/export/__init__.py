"""Writers of the graph: RDF, GraphML, interactive HTML, JSON Lines."""
