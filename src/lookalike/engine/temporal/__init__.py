"""The engine on Temporal: its connection settings, the cron conversion for Schedules, and (beside them) the run
workflows, activities and worker."""
