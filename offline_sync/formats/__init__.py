"""Formats a device and central must read the same way, outside the sync protocol proper.

Central may import nothing from the device side but ``offline_sync.protocol`` and this
package, so each format here has one implementation both sides use.
"""
