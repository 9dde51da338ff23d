"""Documents the kiosk hands to citizens: certificates, tickets and exports, as PDF (reportlab)."""
