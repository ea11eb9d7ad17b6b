"""RDF side: namespaces, IRIs, and the pure mapping from claims to quads."""
