"""Render the OpenAPI document as committed in ``docs/openapi.json``.

``python -m central.openapi > docs/openapi.json`` after changing an endpoint; a test
checks that the committed file equals what the service serves.
"""

from __future__ import annotations

import json
import sys

from central.api import create_app


def render() -> str:
    document = create_app(None).openapi()
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render())
