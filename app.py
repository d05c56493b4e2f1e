"""Start the policykg web app on the bundled policy: ``python app.py [--host H] [--port P]``."""

from ui.app import main

if __name__ == "__main__":
    main()
