"""Each message of a scheduled delivery, recorded as it is posted, so a delivery posts each message once.

A digest can take several chat messages. They are rendered once, when the delivery first goes out, and
stored here with a key of their own (the delivery's key and the message's number); each is marked `sent`
with the platform's reference (Slack `ts`, Discord message id) as soon as the platform accepts it. A
delivery interrupted after its first message therefore resumes at the second, with the same text, and a
message whose answer never came (a timeout after the platform had posted it) is looked up by its key
before it is posted again. Platform-free: the payloads are opaque JSON the front end rendered.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ScalarSelect, select, update

from digest.storage.models import DeliveryMessageRow
from digest.storage.store import Store, utc_naive


@dataclass(frozen=True)
class MessagePart:
    id: int
    idx: int
    key: str
    payload: dict
    sent: bool
    attempts: int


def _part(row: DeliveryMessageRow) -> MessagePart:
    return MessagePart(row.id, row.idx, row.key, json.loads(row.payload), row.status == "sent", row.attempts)


def message_parts(store: Store, delivery_id: int, base_key: str, payloads: list[dict]) -> list[MessagePart]:
    """The delivery's messages: the ones recorded when it first went out, else `payloads`, recorded now, keyed
    `base_key` + a 3-digit number. A resumed delivery keeps its first rendering, so the messages already posted
    and the rest fit together."""
    with store.session() as s, s.begin():
        rows = list(s.scalars(select(DeliveryMessageRow).where(DeliveryMessageRow.delivery_id == delivery_id)
                              .order_by(DeliveryMessageRow.idx)))
        if not rows:
            rows = [DeliveryMessageRow(delivery_id=delivery_id, idx=n, key=f"{base_key}{n:03d}", status="pending",
                                       payload=json.dumps(p, ensure_ascii=False), attempts=0)
                    for n, p in enumerate(payloads)]
            s.add_all(rows)
            s.flush()
        return [_part(r) for r in rows]


def count_attempt(store: Store, part_id: int) -> None:
    with store.session() as s, s.begin():
        s.execute(update(DeliveryMessageRow).where(DeliveryMessageRow.id == part_id)
                  .values(attempts=DeliveryMessageRow.attempts + 1))


def mark_sent(store: Store, part_id: int, ref: str | None, now: datetime) -> None:
    with store.session() as s, s.begin():
        s.execute(update(DeliveryMessageRow).where(DeliveryMessageRow.id == part_id)
                  .values(status="sent", ref=ref, sent_at=utc_naive(now)))


def recorded_deliveries() -> ScalarSelect[int]:
    """The ids of deliveries whose messages were recorded (a subquery): they went out, at least in part."""
    return select(DeliveryMessageRow.delivery_id).distinct().scalar_subquery()


def any_sent(store: Store, delivery_id: int) -> bool:
    with store.session() as s:
        return s.scalar(select(DeliveryMessageRow.id).where(DeliveryMessageRow.delivery_id == delivery_id,
                                                            DeliveryMessageRow.status == "sent").limit(1)) is not None
