"""Parts of the "Conciliación" page: queue tables, their actions, sync bar, settlement import."""
