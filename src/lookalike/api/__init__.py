"""The HTTP API: FastAPI, one router per resource, thin over the store and the engine. OpenAPI is the contract."""
