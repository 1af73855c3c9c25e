"""Scoring creators: one at a time or in batches.

The whole job of a scoring request (JSON parsing, validation, scoring, serialising the
answer) runs in the scoring gate's thread, not on the event loop: validating a large creator
costs milliseconds too, and on the loop it would hold up every other request, ``/healthz``
included. The request body is therefore read raw and documented in OpenAPI by reference to
the contract's models (see :func:`fraud_service.openapi.customise_openapi`). Validation errors
keep the shape of FastAPI's own (422, ``detail[].loc`` starting with ``"body"``).
"""

import asyncio
import contextlib
import time
import weakref
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Annotated, Any, Literal, NamedTuple, TypeVar

import msgspec
import orjson
from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response, status
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.models import Example
from pydantic import BaseModel, ValidationError
from sqlalchemy.exc import OperationalError

from fraud import batch
from fraud.io import format_location, not_utf8_reason
from fraud.schema import BatchRequest, BatchResponse, CreatorRecord, ScoreResult
from fraud.scoring import Scorer, ScoringCancelled
from fraud.store import creator_key, is_locked, observed_dates
from fraud.validation import validate_creator_json
from fraud.wording import counted, one_or_many

from ..dependencies import CreatorScorer, GateDep, ScorerDep
from ..errors import ERRORS, ErrorMessage, ValidationErrors, ValidationProblem
from ..offload import Admission, Cancellation, ScoringGate, unless_disconnected
from ..pacing import BodyPace
from ..settings import body_pace
from .creators import StoreDep, store_busy

__all__ = [
    "BatchAnswerWithRejects",
    "BatchReject",
    "ErrorMessage",
    "ValidationErrors",
    "ValidationProblem",
    "build_score_router",
    "parse_body",
    "read_admitted",
    "read_paced",
    "request_body",
    "validation_detail",
]

M = TypeVar("M", bound=BaseModel)

#: The most of a client's value (a header) an error message repeats.
_SHOWN_CHARS = 100


def validation_detail(errors: Sequence[Any]) -> list[dict[str, Any]]:
    """The items of a 422's ``detail`` for ``errors`` (as ``RequestValidationError.errors()``
    gives them): each failing field's ``loc``, ``field`` (the location as text), ``msg`` and
    ``type``, never the (possibly huge) input. A batch's ``rejects`` (``?invalid=skip``)
    list their errors in the same words."""
    detail = []
    for error in errors:
        loc = list(error.get("loc", ()))
        item: dict[str, Any] = {
            "loc": loc,
            "field": format_location(loc),
            "msg": str(error.get("msg", "invalid")),
            "type": str(error.get("type", "value_error")),
        }
        context = error.get("ctx")
        if error.get("type") == "json_invalid" and isinstance(context, dict):
            item["msg"] = f"Invalid JSON: {context.get('error', '')}".strip()
        detail.append(item)
    return detail


class BatchReject(BaseModel):
    """A creator of a batch that is not a valid CreatorRecord (``?invalid=skip``)."""

    index: int  # its place in ``creators`` (and the null in ``results`` at that place)
    creator_id: str | None  # its creator_id when one can be read (a string), else null
    errors: list[ValidationProblem]  # as a 422 would list them: loc body.creators.<index>...


class BatchAnswerWithRejects(BaseModel):
    """The answer to ``POST /v1/score/batch?invalid=skip``: ``results`` in the order of
    ``creators``, null where that creator was rejected; ``rejects`` say why, in order."""

    results: list[ScoreResult | None]
    rejects: list[BatchReject]


def _json_body_error(message: str, error_type: str = "json_invalid") -> RequestValidationError:
    return RequestValidationError(
        [{"type": error_type, "loc": ("body",), "msg": message, "input": None, "ctx": {}}]
    )


def parse_body(model: type[M], body: bytes, content_type: str) -> M:
    """``body`` as ``model``, or RequestValidationError with FastAPI's ``loc`` convention."""
    media = content_type.split(";", 1)[0].strip().lower()
    if not _is_json(media):
        raise _json_body_error(
            f"expected a JSON body (Content-Type: application/json), got {_shown(media) or 'none'!r}",
            "content_type",
        )
    return _validated(model, _loaded(body))


def _loaded(body: bytes) -> Any:
    """``body`` decoded (orjson), or RequestValidationError locating what is not JSON."""
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError as error:
        position, message = error.pos, error.msg
        try:  # orjson says "str is not valid UTF-8: surrogates not allowed" at 0 for any byte
            body.decode("utf-8")
        except UnicodeDecodeError as bad:
            position = bad.start
            fix = "send the body as UTF-8, as JSON must be"
            message = not_utf8_reason(body, bad.start, f"offset {bad.start}", fix)
        raise RequestValidationError(
            [
                {
                    "type": "json_invalid",
                    "loc": ("body", position),
                    "msg": "JSON decode error",
                    "input": {},
                    "ctx": {"error": message},
                }
            ]
        ) from None


def _validated(model: type[M], raw: Any) -> M:
    """``raw`` (decoded JSON) as ``model``, or RequestValidationError with FastAPI's ``loc``
    convention (at most :data:`MAX_ERRORS_LISTED` problems listed, the others counted)."""
    try:
        return model.model_validate(raw)
    except ValidationError as error:
        errors = [
            {**item, "loc": ("body", *item.get("loc", ()))}
            for item in error.errors(include_url=False, include_input=False)[:MAX_ERRORS_LISTED]
        ]
        raise ListedProblems(errors, error.error_count()) from None


#: The most problems a 422 lists; the rest are counted in one last item. A body of a few MB can
#: hold hundreds of thousands of wrong fields, and a list of them all was a response of over a
#: hundred MB, built and sent while every other request waited.
MAX_ERRORS_LISTED = 50


class ListedProblems(RequestValidationError):
    """A 422 listing the first :data:`MAX_ERRORS_LISTED` of ``total`` problems, and one last
    item counting the others when there are more."""

    def __init__(self, errors: list[dict[str, Any]], total: int) -> None:
        listed = errors[:MAX_ERRORS_LISTED]
        if total > len(listed):
            listed.append(_not_listed(("body",), total, len(listed)))
        super().__init__(listed)
        self.total = total


def _not_listed(loc: tuple[Any, ...], total: int, listed: int) -> dict[str, Any]:
    """The last item of a list of problems that shows ``listed`` of ``total``."""
    return {
        "type": "too_many_errors",
        "loc": loc,
        "msg": f"{counted(total - listed, 'more problem')} not listed (the first"
        f" {one_or_many(listed, 'is', f'{listed} are')} above)",
        "input": None,
        "ctx": {},
    }


async def read_admitted(request: Request, gate: ScoringGate, limit: int) -> tuple[bytes, Admission]:
    """The request's place in the scoring gate, then its body: the gate decides on the
    declared Content-Length (the route's ``limit`` when none is declared, as with chunked
    bodies) before a byte of the body is read, so the bodies held in memory are bounded
    (``FRAUD_SCORING_WAITING_BYTES``) and a refused request costs no read."""
    encoding = request.headers.get("content-encoding", "").strip().lower()
    if encoding not in ("", "identity"):
        raise _unsupported(f"Content-Encoding {_shown(encoding)!r} is not supported")
    declared = request.headers.get("content-length", "")
    size = min(int(declared), limit) if declared.isdigit() else limit
    admission = gate.admit(size)
    try:
        body = await read_paced(request, body_pace(request.app.state.settings))
        if body.startswith(_GZIP_MAGIC):  # no JSON text starts with these bytes
            raise _unsupported("the body is gzip-compressed")
        return body, admission
    except BaseException:  # over the limit (413), the client went away, ...
        admission.release()
        raise


_GZIP_MAGIC = b"\x1f\x8b"


async def read_paced(request: Request, pace: BodyPace) -> bytes:
    """The request's body, read at ``pace`` (:mod:`fraud_service.pacing`): 408 with
    ``Connection: close`` when it falls behind, on any ASGI server (``fraud serve``'s
    protocol cuts such a body off first, from the end of the head)."""
    if not pace.enabled:
        return await request.body()
    loop = asyncio.get_running_loop()
    started = loop.time()
    chunks: list[bytes] = []
    received = 0
    stream = request.stream()
    while True:
        try:
            async with asyncio.timeout_at(pace.deadline(started, received)):
                chunk = await anext(stream)
        except StopAsyncIteration:
            break
        except TimeoutError:
            raise HTTPException(
                status.HTTP_408_REQUEST_TIMEOUT,
                "the request body was not received in time",
                headers={"Connection": "close"},
            ) from None
        chunks.append(chunk)
        received += len(chunk)
    return b"".join(chunks)


def _unsupported(reason: str) -> HTTPException:
    return HTTPException(
        status.HTTP_415_UNSUPPORTED_MEDIA_TYPE, f"{reason}: send the JSON body uncompressed"
    )


def _shown(value: str) -> str:
    """A client's value as an error message repeats it: at most ``_SHOWN_CHARS``."""
    return value if len(value) <= _SHOWN_CHARS else value[:_SHOWN_CHARS] + "..."


class _TopLevel(msgspec.Struct):
    """A batch body's top level: ``creators`` kept as raw JSON, every other key skipped
    without being decoded into Python objects."""

    creators: msgspec.Raw = msgspec.Raw(b"")


_TOP_LEVEL = msgspec.json.Decoder(_TopLevel)
_RAW_LIST = msgspec.json.Decoder(list[msgspec.Raw])
_MAX_CREATORS: int = next(
    m.max_length for m in BatchRequest.model_fields["creators"].metadata if hasattr(m, "max_length")
)


def _body_error(error_type: str, loc: tuple[Any, ...], message: str) -> RequestValidationError:
    return RequestValidationError(
        [{"type": error_type, "loc": ("body", *loc), "msg": message, "input": None, "ctx": {}}]
    )


def _check(cancel: Cancellation | None) -> None:
    """:class:`ScoringCancelled` when the request's caller gave up (its time budget ran out:
    it has been answered 503, its work stops)."""
    if cancel is not None:
        cancel.check()


class _Stopping:
    """``scorer``, its ``score_many`` stopped by ``stop`` (:class:`ScoringCancelled`):
    between the scorer's steps when it is a :class:`fraud.scoring.Scorer`
    (:meth:`~fraud.scoring.Scorer.score_many_with_rows`), else before the call."""

    __slots__ = ("_scorer", "_stop")

    def __init__(self, scorer: CreatorScorer, stop: Callable[[], bool]) -> None:
        self._scorer = scorer
        self._stop = stop

    @property
    def manifest(self) -> dict[str, Any]:
        return self._scorer.manifest

    def score(self, record: CreatorRecord) -> ScoreResult:
        return self.score_many([record])[0]

    def score_many(self, records: Sequence[CreatorRecord]) -> list[ScoreResult]:
        if isinstance(self._scorer, Scorer):  # (it checks first, too)
            return self._scorer.score_many_with_rows(records, self._stop)[0]
        if self._stop():
            raise ScoringCancelled
        return self._scorer.score_many(records)


def _stopping(scorer: CreatorScorer, stop: Callable[[], bool] | None) -> CreatorScorer:
    """``scorer`` stopped by ``stop`` (:class:`_Stopping`), or itself without one."""
    return scorer if stop is None else _Stopping(scorer, stop)


#: The most problems the ``rejects`` of one ``?invalid=skip`` answer list in all (each reject
#: lists at least its first, and counts the others it does not list): as a 422's
#: :data:`MAX_ERRORS_LISTED`, so that a body of many wrong creators does not make a huge answer.
MAX_REJECT_ERRORS_LISTED = 1000


def _read_batch(
    body: bytes,
    content_type: str,
    light: bool,
    cancel: Cancellation | None = None,
    skip: bool = False,
) -> tuple[list[CreatorRecord | None], list[int], list[dict[str, Any]]]:
    """A batch body's creators, each read as ``/v1/score`` reads one (the engine's fast path,
    pydantic when it cannot decide), the JSON size of each, and the rejects; errors as
    pydantic words them for a BatchRequest, every failing creator's at ``body.creators.N``.
    A failing creator makes the whole batch a 422, or with ``skip`` is ``None`` in its place
    and a reject (:class:`BatchReject`); problems with the body itself (not JSON, no
    ``creators`` list, too many creators) are a 422 either way. Top-level keys other than
    ``creators`` are skipped unread (a client may add to the body, but not make the service
    build it). Stops when ``cancel`` is set.

    A body msgspec cannot read although it is JSON (nested deeper than msgspec's decoder goes,
    about 1,000 levels, where orjson goes to 1,024: a creator's ignored extra field, say) is
    decoded whole by orjson; without ``skip`` it is then validated whole, as a BatchRequest,
    and with ``skip`` creator by creator, so that one bad creator there is a reject too."""
    if not _is_json(content_type):
        parse_body(BatchRequest, body, content_type)  # the 422 naming the content type
        raise RuntimeError("a body that is not JSON passed validation")
    items: Sequence[Any]
    decoded = False  # items are decoded JSON values, not msgspec.Raw
    try:
        top = _TOP_LEVEL.decode(body)
    except msgspec.ValidationError:  # valid JSON, not an object: pydantic's words for it
        parse_body(BatchRequest, b"null", content_type)
        raise
    except (msgspec.DecodeError, RecursionError):  # not JSON, or too deep for msgspec
        if not skip:  # (JSON to orjson and pydantic after all)
            creators = parse_body(BatchRequest, body, content_type).creators
            return list(creators), [0] * len(creators), []
        items, decoded = _decoded_creators(body), True
    else:
        if not top.creators:  # the key is missing
            parse_body(BatchRequest, b"{}", content_type)
            raise RuntimeError("a batch without creators passed validation")
        try:
            items = _RAW_LIST.decode(top.creators)
        except (msgspec.DecodeError, RecursionError):  # not a list: pydantic's words for it
            parse_body(BatchRequest, b'{"creators":null}', content_type)
            raise
    if len(items) > _MAX_CREATORS:
        raise _body_error(
            "too_long",
            ("creators",),
            f"List should have at most {_MAX_CREATORS} items after validation, not {len(items)}",
        )
    records: list[CreatorRecord | None] = []
    errors: list[dict[str, Any]] = []
    rejects: list[dict[str, Any]] = []
    total = 0  # problems found, listed or not
    in_rejects = 0  # problems the rejects list (``skip``)
    for number, item in enumerate(items):
        _check(cancel)
        record = None if decoded else validate_creator_json(item, light=light)
        if record is None:
            try:
                record = (
                    _validated(CreatorRecord, item)
                    if decoded
                    else parse_body(CreatorRecord, bytes(item), content_type)
                )
            except RequestValidationError as error:
                found = error.total if isinstance(error, ListedProblems) else len(error.errors())
                problems = [
                    {**e, "loc": ("body", "creators", number, *e["loc"][1:])}
                    for e in error.errors()
                    if e["type"] != "too_many_errors"
                ]
                if skip:
                    budget = MAX_REJECT_ERRORS_LISTED - in_rejects
                    listed = problems[: max(1, min(MAX_ERRORS_LISTED, budget))]
                    if found > len(listed):
                        listed.append(_not_listed(("body", "creators", number), found, len(listed)))
                    rejects.append(
                        {
                            "index": number,
                            "creator_id": _readable_id(item),
                            "errors": validation_detail(listed),
                        }
                    )
                    in_rejects += len(listed)
                    records.append(None)
                    continue
                total += found
                errors += problems[: MAX_ERRORS_LISTED - len(errors)]
                continue
        records.append(record)
    if errors:
        raise ListedProblems(errors, total)
    # (the decoded creators' JSON sizes are not known: they are chunked by number alone)
    sizes = [0] * len(items) if decoded else [len(memoryview(item)) for item in items]
    return records, sizes, rejects


def _decoded_creators(body: bytes) -> list[Any]:
    """The ``creators`` of a batch body, decoded whole by orjson; a 422 in pydantic's words
    for a BatchRequest (as :func:`_read_batch` words them) when the body is not JSON, not
    an object, or has no ``creators`` list."""
    top = _loaded(body)
    if isinstance(top, dict) and isinstance(top.get("creators"), list):
        creators: list[Any] = top["creators"]
        return creators
    # pydantic's words for a body that is not an object, has no creators, or no list of them
    refused = None if not isinstance(top, dict) else {"creators": None} if "creators" in top else {}
    _validated(BatchRequest, refused)
    raise RuntimeError("a batch without a list of creators passed validation")


def _readable_id(item: msgspec.Raw | Any) -> str | None:
    """The ``creator_id`` of a rejected creator (its JSON, or its decoded value) when it is a
    string (cut to ``_SHOWN_CHARS`` as other echoed values are), else ``None``."""
    creator = item
    if isinstance(item, msgspec.Raw):
        try:
            creator = orjson.loads(bytes(item))
        except orjson.JSONDecodeError:
            return None
    creator_id = creator.get("creator_id") if isinstance(creator, dict) else None
    return _shown(creator_id) if isinstance(creator_id, str) else None


def _chunks(sizes: list[int], max_items: int, max_bytes: int) -> list[range]:
    """Consecutive index ranges of at most ``max_items`` items and ``max_bytes`` of their
    sizes (always at least one item)."""
    chunks: list[range] = []
    start, total = 0, 0
    for index, size in enumerate(sizes):
        if index > start and (index - start >= max_items or total + size > max_bytes):
            chunks.append(range(start, index))
            start, total = index, 0
        total += size
    if start < len(sizes):
        chunks.append(range(start, len(sizes)))
    return chunks


def _read_record(body: bytes, content_type: str, light: bool) -> CreatorRecord:
    # The engine's msgspec fast path accepts exactly what pydantic accepts; pydantic words
    # the refusals (with their locations) when it does not. A record only the scorer reads
    # may keep its lists as msgspec structs (``light``, as the CLI scores them); the store
    # serialises records, which takes full models.
    record = validate_creator_json(body, light=light) if _is_json(content_type) else None
    return record if record is not None else parse_body(CreatorRecord, body, content_type)


class StoreNote(NamedTuple):
    """An answer with what the store left out of it, said in the ``X-Store-Not-Recorded``
    header (:meth:`ObservedOnly.note`)."""

    body: bytes
    note: str


def _response(answer: bytes | StoreNote) -> Response:
    if isinstance(answer, StoreNote):
        return Response(
            answer.body,
            media_type="application/json",
            headers={"X-Store-Not-Recorded": answer.note},
        )
    return Response(answer, media_type="application/json")


class ScoreItem(NamedTuple):
    """One ``/v1/score`` request waiting in the scoring gate (since ``waiting_since``, a
    ``time.monotonic()``: see :meth:`fraud.store.CreatorStore.write_deadline`), and what
    says its caller gave up (``cancel``, set by the gate: its budget ran out)."""

    scorer: CreatorScorer
    store: Any
    body: bytes
    content_type: str
    waiting_since: float | None = None
    cancel: Cancellation | None = None


def _detached(error: Exception) -> Exception:
    """``error`` (a request's own, answered with 422 from its message) without the tracebacks
    of it and of the errors it came from. A traceback holds the frames it passed, whose
    callers hold the list of answers that holds the error: a cycle, which kept each rejected
    body alive until the cycle collector ran, about 800 rejected 5 MiB bodies later (8 GB of
    memory: review s47)."""
    seen: set[int] = set()
    link: BaseException | None = error
    while link is not None and id(link) not in seen:
        seen.add(id(link))
        link.__traceback__ = None
        link = link.__cause__ or link.__context__
    return error


def _score_bodies(items: Sequence[ScoreItem]) -> list[bytes | StoreNote | BaseException]:
    """The answers (JSON bytes, or the exception for that request) to single-creator requests
    that waited together: each body read on its own, the valid records scored in one call
    per (scorer, store). Byte for byte what each would have got alone, in arrival order: with
    a store, a creator sent twice is scored in a later round, after its first answer is
    recorded (its history then holds that snapshot, as it would one request after another).

    A request whose caller gave up (its ``cancel`` set: answered 503) is left out from then
    on: not read, not scored in a later round, not recorded; a call stops part way when
    every request in it gave up. Its answer is a :class:`ScoringCancelled`, which nobody
    reads."""
    answers: list[bytes | StoreNote | BaseException | None] = [None] * len(items)
    groups: dict[tuple[int, int], list[tuple[int, CreatorRecord]]] = {}
    waiting_since = [item.waiting_since for item in items]
    cancels = [item.cancel for item in items]
    for index, item in enumerate(items):
        if _gave_up(item.cancel):
            answers[index] = ScoringCancelled()
            continue
        try:
            record = _read_record(item.body, item.content_type, light=item.store is None)
        except Exception as error:  # this request's own: a 422
            answers[index] = _detached(error)
            continue
        groups.setdefault((id(item.scorer), id(item.store)), []).append((index, record))
    for members in groups.values():
        first = items[members[0][0]]
        for batch_round in _rounds(members, first.store):  # (members who gave up: left out)
            _score_round(first.scorer, first.store, batch_round, answers, waiting_since, cancels)
    return answers  # type: ignore[return-value]  # (every item answered)


def _gave_up(cancel: Cancellation | None) -> bool:
    return cancel is not None and cancel.is_set()


def _every_one_gave_up(cancels: list[Cancellation | None]) -> Callable[[], bool] | None:
    """A stop check saying whether every one of ``cancels`` is set (``None`` when one of
    them is ``None``: that caller never gives up)."""
    if any(cancel is None for cancel in cancels):
        return None
    return lambda: all(cancel.is_set() for cancel in cancels)  # type: ignore[union-attr]


def _rounds(
    members: list[tuple[int, CreatorRecord]], store: Any
) -> list[list[tuple[int, CreatorRecord]]]:
    """``members`` in one round, or with a store in rounds where a creator appears at most
    once (its k-th request in round k), so each sees the snapshots recorded before it."""
    if store is None:
        return [members]
    rounds: list[list[tuple[int, CreatorRecord]]] = []
    seen: dict[tuple[str, str], int] = {}
    for member in members:
        key = creator_key(member[1])
        number = seen.get(key, 0)
        if number == len(rounds):
            rounds.append([])
        rounds[number].append(member)
        seen[key] = number + 1
    return rounds


def _score_round(
    scorer: CreatorScorer,
    store: Any,
    members: list[tuple[int, CreatorRecord]],
    answers: list[bytes | StoreNote | BaseException | None],
    waiting_since: list[float | None],
    cancels: list[Cancellation | None] | None = None,
) -> None:
    """Score ``members`` in one call, answers into ``answers``; with a store, complete each
    history from past snapshots first and record each answer after, each waiting for
    another process's lock as its request may (``waiting_since``, by index: once one has
    found the store locked, the others have waited as long and try once, without waiting).
    ``cancels``, by index: a member whose caller gave up is neither completed nor recorded,
    and the call stops when every member's caller has (:class:`ScoringCancelled` answers)."""
    cancels = cancels or [None] * len(answers)
    ready: list[tuple[int, CreatorRecord, CreatorRecord]] = []
    for index, record in members:
        if _gave_up(cancels[index]):
            answers[index] = ScoringCancelled()
            continue
        try:
            completed = record if store is None else store.complete_history(record)
            ready.append((index, record, completed))
        except Exception as error:
            answers[index] = error
    if not ready:
        return
    stop = _every_one_gave_up([cancels[index] for index, _, _ in ready])
    try:
        results = batch.score_records(
            _stopping(scorer, stop), [completed for _, _, completed in ready]
        )
    except ScoringCancelled as stopped:  # every member's caller gave up
        for index, _, _ in ready:
            answers[index] = stopped
        return
    window = _window(store)
    for (index, record, _), result in zip(ready, results, strict=True):
        if isinstance(result, Exception):  # a valid record the scorer failed on: ours
            answers[index] = result
            continue
        cancel = cancels[index]
        try:
            # a caller answered 503 leaves nothing recorded; once its write begins, the
            # gate waits for its answer instead of a 503
            if cancel is not None and store is not None:
                cancel.commit()
            elif _gave_up(cancel):
                raise ScoringCancelled
        except ScoringCancelled as stopped:
            answers[index] = stopped
            continue
        try:
            # the record as sent: its completed history's copies of stored snapshots are not
            # the client's word (and, written back, would undo a correction stored since)
            left_out = (
                _record(store, [(record, result)], window, waiting_since[index])
                if store is not None
                else 0
            )
            body = result.model_dump_json().encode()
            answers[index] = StoreNote(body, store.note(left_out, 1, window)) if left_out else body
        except Exception as error:
            answers[index] = error


class ObservedOnly:
    """A store as the scoring routes use it for untrusted clients (the default): histories
    are completed from it as usual, but a scored request adds only what the service was
    told of the creator now, its profile's counts at a date not stored yet, and its score
    (:meth:`fraud.store.CreatorStore.record_observed`), never the client's
    ``follower_history``: no client can rewrite or erase the history other clients' scores
    read. And only at a recent date: a count (or score) dated more than ``days`` days before
    the server's date (UTC), or after it, is used for that request's answer but not stored
    (``FRAUD_STORE_OBSERVED_DAYS``), so a client cannot plant a count on a past date that
    later histories would read as a jump or a drop. ``FRAUD_STORE_TRUST_CLIENT_HISTORY=1``
    uses the store as it is instead."""

    def __init__(self, store: Any, days: int = 3) -> None:
        self.store = store
        self.days = days

    def dates(self) -> tuple[date, date]:
        """The first and last date a row may be stored at now (a request takes them once,
        so that what it stores and what its header says agree across midnight)."""
        today = datetime.now(UTC).date()
        return today - timedelta(days=self.days), today

    def complete_history(self, record: CreatorRecord) -> CreatorRecord:
        completed: CreatorRecord = self.store.complete_history(record)
        return completed

    def write_deadline(self, waiting_since: float | None = None) -> float | None:
        """The store's :meth:`~fraud.store.CreatorStore.write_deadline`."""
        deadline: float | None = self.store.write_deadline(waiting_since)
        return deadline

    def record(
        self,
        scored: Sequence[tuple[CreatorRecord, Any]],
        dates: tuple[date, date],
        deadline: float | None = None,
    ) -> int:
        """Record what may be recorded between ``dates`` (:meth:`dates`), waiting for another
        process's lock until ``deadline`` (:meth:`write_deadline`); returns how many
        creators were left out (in part)."""
        first, last = dates
        self.store.record_observed(scored, dates=dates, deadline=deadline)
        return sum(
            not all(first <= day <= last for day in observed_dates(record)) for record, _ in scored
        )

    def note(self, left_out: int, total: int, dates: tuple[date, date]) -> str:
        """What the ``X-Store-Not-Recorded`` header says of ``left_out`` creators left out
        by :meth:`record` with the same ``dates``."""
        first, last = dates
        return (
            f"{left_out} of {total} scored creators had a count or score dated outside "
            f"{first}..{last} (the server's date and the {self.days} days before): used for "
            "the answer; what was dated outside was not stored"
        )


async def scoring_store(request: Request, store: StoreDep) -> Any:
    """The store the scoring routes complete histories from and record into (see
    :class:`ObservedOnly`), or ``None``; one object per store (per API key's part of it with
    ``FRAUD_STORE_PARTITION=key``), so that requests waiting together are still scored
    together."""
    if store is None or request.app.state.settings.store_trusts_client_history:
        return store
    state = request.app.state
    wrappers: weakref.WeakKeyDictionary[Any, ObservedOnly] | None = getattr(
        state, "observed_only_stores", None
    )
    if wrappers is None:
        wrappers = state.observed_only_stores = weakref.WeakKeyDictionary()
    wrapped = wrappers.get(store)
    if wrapped is None:
        wrapped = wrappers[store] = ObservedOnly(store, state.settings.store_observed_days)
    return wrapped


ScoringStoreDep = Annotated[Any, Depends(scoring_store)]


def _score_batch(
    scorer: CreatorScorer,
    store: Any,
    body: bytes,
    content_type: str,
    cancel: Cancellation | None = None,
    chunk: tuple[int, int] = (16, 2 * 1024 * 1024),
    waiting_since: float | None = None,
    skip: bool = False,
) -> bytes | StoreNote:
    """The batch's answer. With a store, in rounds where a creator appears at most once
    (:func:`_rounds`), each round's histories completed and its answers recorded before the
    next: a creator sent twice is answered as two requests one after the other would be.
    Scored in chunks of at most ``chunk`` creators and bytes of their JSON (the gate's
    batch bounds, as requests waiting together are scored); stops at the scorer's next step
    when ``cancel`` is set (the request was answered 503 when its budget ran out), recording
    nothing more (each round's write begins with :meth:`Cancellation.commit`).
    ``waiting_since``: as :class:`ScoreItem`'s. ``skip``: invalid creators are answered
    null with a reject each (:class:`BatchAnswerWithRejects`), not a 422."""
    records, sizes, rejects = _read_batch(body, content_type, store is None, cancel, skip)
    del body  # the records hold what is needed
    left_out = 0
    window = _window(store)
    outcomes: list[batch.Outcome | None] = [None] * len(records)
    valid = [(index, record) for index, record in enumerate(records) if record is not None]
    stopping = _stopping(scorer, cancel)
    for batch_round in _rounds(valid, store) if valid else []:
        indexes = [index for index, _ in batch_round]
        ready = []
        for _, record in batch_round:
            _check(cancel)
            ready.append(record if store is None else store.complete_history(record))
        scored: list[batch.Outcome] = []
        for part in _chunks([sizes[i] for i in indexes], *chunk):
            _check(cancel)
            scored += batch.score_chunk(stopping, ready[part.start : part.stop])
        _check(cancel)
        failed = [(indexes[n], o.reason) for n, o in enumerate(scored) if o.result is None]
        if failed:  # valid records the scorer failed on: a bug of ours, not the client's
            number, reason = failed[0]
            raise RuntimeError(f"scoring creators[{number}] failed: {reason}")
        if store is not None:
            recorded = [  # the records as sent, not their completed histories
                (record, ScoreResult.model_validate(outcome.result))
                for (_, record), outcome in zip(batch_round, scored, strict=True)
            ]
            if cancel is not None:
                cancel.commit()
            left_out += _record(store, recorded, window, waiting_since)
            # only the first write waited in the queue; the later ones wait as their own
            waiting_since = None
        for index, outcome in zip(indexes, scored, strict=True):
            outcomes[index] = outcome
    if skip:
        results = [outcome.result if outcome else None for outcome in outcomes]
        answer = orjson.dumps({"results": results, "rejects": rejects})
    else:
        answer = orjson.dumps({"results": [outcome.result for outcome in outcomes if outcome]})
    return StoreNote(answer, store.note(left_out, len(valid), window)) if left_out else answer


def _window(store: Any) -> tuple[date, date] | None:
    """The dates an :class:`ObservedOnly` store may record at for this request (taken
    once), or ``None`` for a store used as it is (or none)."""
    return store.dates() if isinstance(store, ObservedOnly) else None


def _record(
    store: Any,
    scored: list[tuple[CreatorRecord, Any]],
    window: tuple[date, date] | None,
    waiting_since: float | None,
) -> int:
    """Record ``scored`` into ``store``: an :class:`ObservedOnly` one within ``window``
    (:func:`_window`), returning how many creators it left out; a store used as it is
    records everything (0 left out). Its writes wait for another process's lock as a
    request waiting since ``waiting_since`` may (:meth:`fraud.store.CreatorStore.write_deadline`)."""
    deadline = store.write_deadline(waiting_since)
    if window is None:
        store.record(scored, deadline=deadline)
        return 0
    left_out: int = store.record(scored, window, deadline)
    return left_out


@contextlib.contextmanager
def _store_locked_is_503() -> Iterator[None]:
    """A store another process held locked past the busy timeout: 503 with Retry-After
    (the request may be sent again), not a 500."""
    try:
        yield
    except OperationalError as error:
        if not is_locked(error):
            raise
        raise store_busy() from None


def _is_json(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or media.endswith("+json")


INVALID_DESCRIPTION = (
    "What an invalid creator does to the batch. `reject` (the default): the whole batch is"
    " answered 422, naming each failing field (`detail[].loc`, `body.creators.<index>...`)."
    " `skip`: the valid creators are scored and the answer is"
    ' `{"results": [ScoreResult or null, ...], "rejects": [{"index", "creator_id",'
    ' "errors"}, ...]}`: `results` in the order of `creators`, null where that creator was'
    " rejected; each reject its place in `creators`, its `creator_id` when one can be read"
    " (else null) and its errors as a 422 lists them. Problems with the body itself (not"
    " JSON, no `creators` list, more than 1,000 creators, over the size limit) are still"
    " answered 422 or 413."
)

BATCH_DESCRIPTION = (
    "Score up to 1,000 creators in one request (a BatchRequest), answers in order:"
    ' `{"results": [ScoreResult, ...]}`. One invalid creator makes the whole batch a 422'
    " unless `?invalid=skip` is given: then every valid creator is scored, an invalid one is"
    " null in `results` with a reject saying why (`rejects`), and non-null results plus"
    " rejects make the number of creators sent (a batch of invalid creators only is a 200"
    " of nulls)."
)


def request_body(schema: str, examples: dict[str, Example] | None = None) -> dict[str, Any]:
    """OpenAPI for a raw JSON body read by the route itself: the schema, and its examples."""
    media: dict[str, Any] = {"schema": {"$ref": f"#/components/schemas/{schema}"}}
    if examples:
        media["examples"] = {name: dict(example) for name, example in examples.items()}
    return {"requestBody": {"required": True, "content": {"application/json": media}}}


def build_score_router(
    *,
    examples: dict[str, Example],
    batch_examples: dict[str, Example],
    response_example: dict[str, Any] | None,
    max_body_bytes: int,
    max_batch_body_bytes: int,
) -> APIRouter:
    """The scoring routes, with OpenAPI examples and per-route body limits."""
    router = APIRouter(prefix="/v1", tags=["score"])
    ok: dict[int | str, dict[str, Any]] = {}
    batch_ok: dict[int | str, dict[str, Any]] = {}
    if response_example is not None:
        ok[200] = {"content": {"application/json": {"example": response_example}}}
        batch_example = {"results": [response_example]}
        batch_ok[200] = {"content": {"application/json": {"example": batch_example}}}

    @router.post(
        "/score",
        response_model=ScoreResult,
        responses={**ok, **ERRORS},
        max_body_size=max_body_bytes,
        openapi_extra=request_body("CreatorRecord", examples),
    )
    async def score_creator(
        request: Request, scorer: ScorerDep, gate: GateDep, store: ScoringStoreDep
    ) -> Response:
        """Score one creator (a CreatorRecord)."""
        body, admission = await read_admitted(request, gate, max_body_bytes)
        content_type = request.headers.get("content-type", "")
        # requests waiting together are scored in one call (see service.offload)
        cancel = Cancellation()  # set when the budget runs out: the scoring stops
        item = ScoreItem(scorer, store, body, content_type, time.monotonic(), cancel)
        with _store_locked_is_503():
            answer = await unless_disconnected(
                request.receive,
                gate.run_batched(_score_bodies, item, len(body), admission, cancel),
            )
        return _response(answer)

    @router.post(
        "/score/batch",
        # the answer with rejects first: a client trying the shapes in order would otherwise
        # read a ?invalid=skip answer without nulls as a BatchResponse (its rejects unread)
        response_model=BatchAnswerWithRejects | BatchResponse,
        responses={**batch_ok, **ERRORS},
        max_body_size=max_batch_body_bytes,
        openapi_extra=request_body("BatchRequest", batch_examples),
        description=BATCH_DESCRIPTION,
    )
    async def score_batch(
        request: Request,
        scorer: ScorerDep,
        gate: GateDep,
        store: ScoringStoreDep,
        invalid: Annotated[
            Literal["reject", "skip"], Query(description=INVALID_DESCRIPTION)
        ] = "reject",
    ) -> Response:
        """Score up to 1,000 creators in one request (a BatchRequest), answers in order."""
        body, admission = await read_admitted(request, gate, max_batch_body_bytes)
        content_type = request.headers.get("content-type", "")
        cancel = Cancellation()  # set when the budget runs out: the scoring stops
        chunk = (gate.max_batch, gate.max_batch_bytes)
        skip = invalid == "skip"
        with _store_locked_is_503():
            answer = await unless_disconnected(
                request.receive,
                gate.run(
                    _score_batch, scorer, store, body, content_type, cancel, chunk,
                    time.monotonic(), skip, admission=admission, cancel=cancel,
                ),
            )  # fmt: skip
        return _response(answer)

    return router
