"""Knowledge graphs with provenance from Korean news articles.

The pipeline, one module a stage: `read` -> `analyze` -> `mentions` (over `words`, with `dates`
and `quantities`) -> `entities` -> `facts` -> `rdf` -> `network` -> `html`; `pipeline` runs
them on one article, `build` on a corpus, `cli` is the command line.
"""

__version__ = "0.1.0"
