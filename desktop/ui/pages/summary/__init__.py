"""The "Resumen" page: today's collections at a glance and the last 30 days."""
