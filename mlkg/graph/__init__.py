"""Assembly of extraction records into one typed networkx graph."""
