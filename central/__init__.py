"""The municipality's central service: sync hub, back office and standards-facing API."""
