"""Assembly of extraction records into one typed networkx graph, and queries on it.

One module per job: :mod:`~mlkg.graph.build` (the steps in order), :mod:`~mlkg.graph.papers`
(paper nodes), :mod:`~mlkg.graph.resolve` (entity resolution), :mod:`~mlkg.graph.provenance`
(edges and their evidence), :mod:`~mlkg.graph.name_lineage` (lineage the names suggest),
:mod:`~mlkg.graph.chronology` (lineage against the papers' dates) and
:mod:`~mlkg.graph.lineage` (ancestor and descendant queries behind ``mlkg lineage``).
"""
