"""The printing tests use the services' real parts: a store and the sandbox on loopback."""

from tests.services.conftest import (  # noqa: F401  (fixtures reused)
    TEST_CREDENTIALS,
    db_url,
    engine,
    issuer,
    sandbox,
    sandbox_config,
    service_client,
)
