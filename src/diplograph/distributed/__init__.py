"""Scale-out builds: workers extract partitions into N-Quads shards, a driver loads them.

* :mod:`.shards` (pure): article -> quads -> N-Quads bytes, shard naming, reading shards.
* :mod:`.cluster`: the Dask glue (``--cluster local:N`` / ``tcp://HOST:PORT``) and the driver.
* :mod:`.targets`: where shards go: the local store (``Store.load``, ``Store.bulk_load`` for big shards, then inference) or
  a SPARQL 1.1 Graph Store Protocol endpoint (:mod:`.remote`).

A shard holds exactly what a plain build writes for its articles: each article's graph and
its triples in the metadata graph, so a sharded build and a plain build give the same quads.
"""
