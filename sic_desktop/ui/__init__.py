"""The Qt window: thin widgets on top of the core's Workspace."""
