"""The single source of truth for mlkg's entity types, relation names and RDF IRIs.

Every other module (extractors, graph assembly, exporters, evaluator, queries) imports its
names from here, so that renaming a term or moving the namespace is a one-line change and
the SPARQL interface described in ``docs/vocabulary.md`` cannot drift from the code.
"""

from __future__ import annotations

from typing import Final

# --------------------------------------------------------------------------- entity types
MODEL: Final = "Model"
METHOD: Final = "Method"
DATASET: Final = "Dataset"
BENCHMARK: Final = "Benchmark"
REPOSITORY: Final = "Repository"
PAPER: Final = "Paper"

ENTITY_TYPES: Final = (MODEL, METHOD, DATASET, BENCHMARK)
NODE_TYPES: Final = (PAPER, *ENTITY_TYPES, REPOSITORY)

#: Benchmark and Dataset are one identity group: a benchmark *is* a dataset (spec), so the
#: same name typed Dataset in one abstract and Benchmark in another is one node.
TYPE_GROUP: Final = {MODEL: "model", METHOD: "method", DATASET: "dataset", BENCHMARK: "dataset"}


def all_types(entity_type: str) -> list[str]:
    """Every type an entity of ``entity_type`` has (a Benchmark is also a Dataset)."""
    return [BENCHMARK, DATASET] if entity_type == BENCHMARK else [entity_type]


# --------------------------------------------------------------------------- relations
INTRODUCES: Final = "introduces"
DERIVED_FROM: Final = "derivedFrom"
SUCCESSOR_OF: Final = "successorOf"
TRAINED_ON: Final = "trainedOn"
EVALUATED_ON: Final = "evaluatedOn"
COMPARED_WITH: Final = "comparedWith"
HAS_REPOSITORY: Final = "hasRepository"
#: Paper -> entity, one per entity the abstract names (schema:mentions in RDF).
MENTIONS: Final = "mentions"

RELATIONS: Final = (
    INTRODUCES,
    DERIVED_FROM,
    SUCCESSOR_OF,
    TRAINED_ON,
    EVALUATED_ON,
    COMPARED_WITH,
    HAS_REPOSITORY,
)
LINEAGE_RELATIONS: Final = (DERIVED_FROM, SUCCESSOR_OF)
#: Relations whose head is the paper itself (the record's ``id`` is the head).
PAPER_RELATIONS: Final = (INTRODUCES, HAS_REPOSITORY)

# lineage kinds of derivedFrom
FINETUNED: Final = "finetuned"
BUILT_ON: Final = "builtOn"
VARIANT: Final = "variant"
DISTILLED: Final = "distilled"
QUANTIZED: Final = "quantized"
MERGED: Final = "merged"
AUGMENTED: Final = "augmented"
LINEAGE_KINDS: Final = (FINETUNED, BUILT_ON, VARIANT, DISTILLED, QUANTIZED, MERGED, AUGMENTED)

# basis of a relation: stated in the text, or only suggested by the two names
BASIS_TEXT: Final = "text"
BASIS_NAME: Final = "name"

# repository kinds
REPO_CODE: Final = "code"
REPO_WEIGHTS: Final = "weights"
REPO_DATA: Final = "data"
REPO_DEMO: Final = "demo"
REPOSITORY_KINDS: Final = (REPO_CODE, REPO_WEIGHTS, REPO_DATA, REPO_DEMO)

# --------------------------------------------------------------------------- RDF namespaces
MLKG_NS: Final = "https://w3id.org/mlkg/vocab#"
ENT_NS: Final = "https://w3id.org/mlkg/entity/"
SCHEMA_NS: Final = "http://schema.org/"
PROV_NS: Final = "http://www.w3.org/ns/prov#"
DCTERMS_NS: Final = "http://purl.org/dc/terms/"
SKOS_NS: Final = "http://www.w3.org/2004/02/skos/core#"
#: FAIR4ML 0.1.0 declares ``https://w3id.org/fair4ml#`` in its own release (https, hash).
FAIR4ML_NS: Final = "https://w3id.org/fair4ml#"
MLS_NS: Final = "http://www.w3.org/ns/mls#"
RDF_NS: Final = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_NS: Final = "http://www.w3.org/2000/01/rdf-schema#"
XSD_NS: Final = "http://www.w3.org/2001/XMLSchema#"
OWL_NS: Final = "http://www.w3.org/2002/07/owl#"
#: SHACL, for the shapes and the validation report (not a prefix of the exported graph)
SH_NS: Final = "http://www.w3.org/ns/shacl#"
#: the namespace of mlkg's SHACL shapes (``mlkg/export/shapes.ttl``), apart from the vocabulary
SHAPES_NS: Final = "https://w3id.org/mlkg/shapes#"
#: the owl:Ontology that ``mlkg/export/vocab.ttl`` declares, and its owl:versionInfo
ONTOLOGY_IRI: Final = "https://w3id.org/mlkg/vocab"
VOCABULARY_VERSION: Final = "0.1.0"

PREFIXES: Final = {
    "mlkg": MLKG_NS,
    "ent": ENT_NS,
    "schema": SCHEMA_NS,
    "prov": PROV_NS,
    "dcterms": DCTERMS_NS,
    "skos": SKOS_NS,
    "fair4ml": FAIR4ML_NS,
    "mls": MLS_NS,
    "rdf": RDF_NS,
    "rdfs": RDFS_NS,
    "xsd": XSD_NS,
    "owl": OWL_NS,
}


def iri(prefixed: str) -> str:
    """Expand ``"prefix:local"`` to a full IRI using :data:`PREFIXES`."""
    prefix, _, local = prefixed.partition(":")
    return PREFIXES[prefix] + local


#: rdf:type IRIs of each node type (all of them are written).
CLASSES: Final = {
    PAPER: (iri("mlkg:Paper"), iri("schema:ScholarlyArticle")),
    MODEL: (iri("mlkg:Model"), iri("fair4ml:MLModel")),
    METHOD: (iri("mlkg:Method"),),
    DATASET: (iri("mlkg:Dataset"), iri("schema:Dataset")),
    BENCHMARK: (iri("mlkg:Benchmark"), iri("mlkg:Dataset"), iri("schema:Dataset")),
    REPOSITORY: (iri("mlkg:Repository"),),
}
#: extra class of a repository by kind: code is software, everything else a creative work
REPOSITORY_KIND_CLASS: Final = {
    REPO_CODE: iri("schema:SoftwareSourceCode"),
    REPO_WEIGHTS: iri("schema:CreativeWork"),
    REPO_DATA: iri("schema:CreativeWork"),
    REPO_DEMO: iri("schema:CreativeWork"),
}
EVALUATION_RESULT_CLASSES: Final = (iri("mlkg:EvaluationResult"), iri("fair4ml:MLModelEvaluation"))
ASSERTION_CLASS: Final = iri("mlkg:Assertion")
DERIVATION_CLASS: Final = iri("prov:Derivation")
#: the qualification of a successorOf edge is also a prov:Revision (a kind of Derivation)
REVISION_CLASS: Final = iri("prov:Revision")

#: the RDF predicate of each relation (lineage has its own table below)
RELATION_PREDICATE: Final = {
    INTRODUCES: iri("mlkg:introduces"),
    MENTIONS: iri("schema:mentions"),
    TRAINED_ON: iri("fair4ml:trainedOn"),
    EVALUATED_ON: iri("mlkg:evaluatedOn"),
    COMPARED_WITH: iri("mlkg:comparedWith"),
    HAS_REPOSITORY: iri("schema:codeRepository"),
    SUCCESSOR_OF: iri("prov:wasRevisionOf"),
}
#: derivedFrom is always prov:wasDerivedFrom plus the kind's own sub-property
WAS_DERIVED_FROM: Final = iri("prov:wasDerivedFrom")
LINEAGE_KIND_PREDICATE: Final = {
    FINETUNED: iri("mlkg:finetunedFrom"),
    BUILT_ON: iri("mlkg:builtOn"),
    VARIANT: iri("mlkg:variantOf"),
    DISTILLED: iri("mlkg:distilledFrom"),
    QUANTIZED: iri("mlkg:quantizedFrom"),
    MERGED: iri("mlkg:mergedFrom"),
    AUGMENTED: iri("mlkg:augmentedFrom"),
}
NAME_SUGGESTS_DERIVED_FROM: Final = iri("mlkg:nameSuggestsDerivedFrom")

# node properties
P_LABEL: Final = iri("rdfs:label")
P_ALT_LABEL: Final = iri("skos:altLabel")
P_IDENTIFIER: Final = iri("dcterms:identifier")
P_DATE: Final = iri("dcterms:date")
P_TITLE: Final = iri("dcterms:title")
P_ABSTRACT: Final = iri("schema:abstract")
P_COMMENT: Final = iri("mlkg:comment")
P_SOURCE_FILE: Final = iri("mlkg:sourceFile")
P_URL: Final = iri("schema:url")
P_REPOSITORY_KIND: Final = iri("mlkg:repositoryKind")
# evaluation results
P_EVALUATED_MODEL: Final = iri("fair4ml:evaluatedMLModel")
P_EVALUATION_DATASET: Final = iri("fair4ml:evaluationDataset")
P_HAS_VALUE: Final = iri("mls:hasValue")
P_METRIC: Final = iri("mlkg:metric")
P_SPLIT: Final = iri("mlkg:split")
P_SETTING: Final = iri("mlkg:setting")
P_SOURCE: Final = iri("dcterms:source")
# evidence (PROV qualification and mlkg:Assertion)
P_QUALIFIED_DERIVATION: Final = iri("prov:qualifiedDerivation")
P_QUALIFIED_REVISION: Final = iri("prov:qualifiedRevision")
P_ENTITY: Final = iri("prov:entity")
P_RELATION: Final = iri("mlkg:relation")
P_SUBJECT: Final = iri("mlkg:subject")
P_PREDICATE: Final = iri("mlkg:predicate")
P_OBJECT: Final = iri("mlkg:object")
P_EVIDENCE_TEXT: Final = iri("mlkg:evidenceText")
P_EVIDENCE_START: Final = iri("mlkg:evidenceStart")
P_EVIDENCE_END: Final = iri("mlkg:evidenceEnd")
P_BASIS: Final = iri("mlkg:basis")
P_CONFIDENCE: Final = iri("mlkg:confidence")
P_COMPONENT: Final = iri("mlkg:extractor")
P_SUPPORT: Final = iri("mlkg:support")

RDF_TYPE: Final = iri("rdf:type")
XSD_DATE: Final = iri("xsd:date")
XSD_DECIMAL: Final = iri("xsd:decimal")
XSD_INTEGER: Final = iri("xsd:integer")
XSD_DOUBLE: Final = iri("xsd:double")
#: a paper date known only to the month or the year
XSD_G_YEAR_MONTH: Final = iri("xsd:gYearMonth")
XSD_G_YEAR: Final = iri("xsd:gYear")
