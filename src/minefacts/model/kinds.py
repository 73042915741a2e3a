"""The taxonomy of events, kept free of pydantic so the CLI can offer it at start-up."""

from enum import StrEnum


class EventKind(StrEnum):
    """What sort of thing an event is. Each kind's meaning is in `KIND_MEANINGS`."""

    PROPOSAL = "proposal"
    TREATY = "treaty"
    OUTREACH = "outreach"
    SEMINAR = "seminar"
    APPOINTMENT = "appointment"
    MEETING = "meeting"
    AID = "aid"
    DESTRUCTION = "destruction"
    CEREMONY = "ceremony"
    DEADLINE = "deadline"
    PUBLICATION = "publication"


KIND_MEANINGS: dict[EventKind, str] = {
    EventKind.PROPOSAL: "Japan puts forward a programme or an approach.",
    EventKind.TREATY: "A step in Japan's formal relation to the Convention.",
    EventKind.OUTREACH: "Continuing efforts to bring other countries into the Convention.",
    EventKind.SEMINAR: "A seminar Japan hosted, co-hosted or sponsored.",
    EventKind.APPOINTMENT: "Japan holds an office in the Convention's work.",
    EventKind.MEETING: "A Meeting of States Parties to the Convention.",
    EventKind.AID: "Assistance Japan pledged or provided.",
    EventKind.DESTRUCTION: "Destruction of Japan's stockpile of anti-personnel mines.",
    EventKind.CEREMONY: "A ceremony marking an event.",
    EventKind.DEADLINE: "A date set by the Convention.",
    EventKind.PUBLICATION: "A source document is issued.",
}
