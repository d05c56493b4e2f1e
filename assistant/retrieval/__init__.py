"""Clause retrieval: bilingual hybrid search (FAISS + sentence embeddings + BM25) with a gate."""
