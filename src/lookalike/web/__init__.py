"""The web app: server-rendered pages (Jinja2 + htmx) that talk only to the API, in-process, with the
signed-in user's key."""
