"""The taxonomy of events, kept free of pydantic so the CLI can offer it at start-up."""

from enum import StrEnum


class EventKind(StrEnum):
    """What sort of thing an event is. Each kind's meaning is in `KIND_MEANINGS`."""

    PROPOSAL = "proposal"
    POLICY = "policy"
    NEGOTIATION = "negotiation"
    TREATY = "treaty"
    LAW = "law"
    OUTREACH = "outreach"
    SEMINAR = "seminar"
    APPOINTMENT = "appointment"
    MEETING = "meeting"
    AID = "aid"
    PRODUCTION = "production"
    DESTRUCTION = "destruction"
    CEREMONY = "ceremony"
    DEADLINE = "deadline"
    REPORT = "report"
    PUBLICATION = "publication"


KIND_MEANINGS: dict[EventKind, str] = {
    EventKind.PROPOSAL: "Japan puts forward a programme or an approach.",
    EventKind.POLICY: "Japan states, decides or votes on its policy on anti-personnel mines.",
    EventKind.NEGOTIATION: "A step in negotiating the Convention (the Ottawa Process).",
    EventKind.TREATY: "A step in Japan's formal relation to the Convention.",
    EventKind.LAW: "Japanese law that implements the Convention.",
    EventKind.OUTREACH: "Continuing efforts to bring other countries into the Convention.",
    EventKind.SEMINAR: "A seminar or conference Japan hosted, co-hosted or sponsored.",
    EventKind.APPOINTMENT: "Japan holds an office in the Convention's work.",
    EventKind.MEETING: "A meeting of the Convention: of its States Parties, a Review "
    "Conference, or a standing committee.",
    EventKind.AID: "Assistance Japan pledged or provided.",
    EventKind.PRODUCTION: "Japan's production of anti-personnel mines, and its end.",
    EventKind.DESTRUCTION: "Destruction of Japan's stockpile of anti-personnel mines.",
    EventKind.CEREMONY: "A ceremony marking an event.",
    EventKind.DEADLINE: "A date set by the Convention.",
    EventKind.REPORT: "Japan reports to the Convention: an Article 7 transparency report.",
    EventKind.PUBLICATION: "A source document is issued.",
}
