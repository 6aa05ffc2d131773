from .stage import EventsStage  # noqa: F401
