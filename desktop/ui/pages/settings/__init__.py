"""Parts of the settings page: profiles, connection test, merchant data and preferences."""
