"""Belgian eID over PC/SC: transport, file reading, parsing, verification, PIN, monitoring."""
