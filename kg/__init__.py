"""Knowledge graphs with provenance from Korean news articles.

The pipeline, one module a stage: `read` -> `analyze` -> `mentions` -> `entities` -> `facts`
-> `rdf` -> `network` -> `html`; `pipeline` runs them, `cli` is the command line.
"""

__version__ = "0.1.0"
