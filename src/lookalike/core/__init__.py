"""Pure core: schema model, FK plan and job configuration. Never imports a driver or does I/O."""
