"""The Gradio app's shell: event handlers that wrap the packages, and the page layout."""
