"""The assistant: reads policies through the graph and answers about them."""
