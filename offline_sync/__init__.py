"""The device's local store and its lossless replication with the central service."""
